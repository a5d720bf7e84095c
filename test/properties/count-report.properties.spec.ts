import { countReport } from '@trace/domain';
import { at, countFacts as facts, missing, shipped, sold } from '../../libs/domain/src/testing/count-facts';
import fc from 'fast-check';

/** The count report of issue 19: right whatever the order scans and moves come in. */
describe('count report (property)', () => {
  it('is the same whatever order the scans and the record changes come in (property)', () => {
    const placements = fc.constantFrom(at('WH-A'), at('WH-B'), sold, shipped, missing);
    const timeline = fc.record({
      before: placements,
      changes: fc.uniqueArray(fc.record({ position: fc.integer({ min: 101, max: 199 }), placement: placements }), {
        selector: (change) => change.position,
        maxLength: 4,
      }),
    });
    const units = fc.dictionary(fc.constantFrom('P/1', 'P/2', 'P/3', 'P/4'), timeline, { minKeys: 1 });
    fc.assert(
      fc.property(units, fc.array(fc.tuple(fc.constantFrom('P/1', 'P/2', 'P/3', 'P/4'), fc.integer({ min: 101, max: 199 }))), (drawn, scans) => {
        const timelines = Object.fromEntries(
          Object.entries(drawn).map(([unit, { before, changes }]) => [
            unit,
            { before, changes: changes.map(({ position, placement }) => ({ position, ...placement })) },
          ]),
        );
        const known = scans.filter(([unit]) => unit in timelines);
        const forwards = countReport(facts(timelines, known));
        const reversed = Object.fromEntries(
          Object.entries(timelines)
            .reverse()
            .map(([unit, t]) => [unit, { ...t, changes: [...t.changes].reverse() }]),
        );
        expect(countReport(facts(reversed, [...known].reverse()))).toEqual(forwards);
        // Every unit counted or expected lands in exactly one verdict.
        const verdicts = [...forwards.matched, ...forwards.left, ...forwards.missing.map((u) => u.unit), ...forwards.unexpected.map((u) => u.unit)];
        expect(new Set(verdicts).size).toBe(verdicts.length);
        expect(forwards.counted).toBe(new Set(known.map(([unit]) => unit)).size);
      }),
      { numRuns: 300 },
    );
  });
});
