import { micros } from '../shared/quantity';
import { at, countFacts as facts, missing, shipped, sold } from '../testing/count-facts';
import { countReport } from './count.report';

describe('count report', () => {
  it('matches units counted where the record places them, and counts a repeated scan as a duplicate only', () => {
    const report = countReport(
      facts({ 'P/1': { before: at('WH-A'), changes: [] }, 'P/2': { before: at('WH-A'), changes: [] } }, [
        ['P/1', 110],
        ['P/1', 120],
        ['P/2', 130],
        ['P/1', 140],
      ]),
    );
    expect(report).toMatchObject({ expected: 2, counted: 2, matched: ['P/1', 'P/2'], duplicates: 2, missing: [], left: [], unexpected: [] });
  });

  it('misses a unit recorded here at close and never counted, also one that arrived during the count', () => {
    const report = countReport(
      facts({ 'P/1': { before: at('WH-A'), changes: [] }, 'P/9': { before: at('WH-B'), changes: [{ position: 150, ...at('WH-A') }] } }, []),
    );
    expect(report).toMatchObject({
      expected: 1,
      missing: [
        { unit: 'P/1', recorded: at('WH-A') },
        { unit: 'P/9', recorded: at('WH-A') },
      ],
      left: [],
      counted: 0,
    });
  });

  it('judges a unit moved out during the count by when it was counted: before the move matched, never counted left', () => {
    const out = { before: at('WH-A'), changes: [{ position: 150, ...at('WH-B') }] };
    expect(countReport(facts({ 'P/1': out }, [['P/1', 120]]))).toMatchObject({ matched: ['P/1'], left: [], unexpected: [] });
    expect(countReport(facts({ 'P/1': out }, []))).toMatchObject({ matched: [], left: ['P/1'], missing: [] });
    // Counted at WH-A after the record moved it away: the record says elsewhere.
    expect(countReport(facts({ 'P/1': out }, [['P/1', 160]])).unexpected).toEqual([{ unit: 'P/1', recorded: at('WH-B') }]);
  });

  it('judges a unit moved in during the count the same way: counted after it arrived matched, before unexpected', () => {
    const into = { before: at('WH-B'), changes: [{ position: 150, ...at('WH-A') }] };
    expect(countReport(facts({ 'P/1': into }, [['P/1', 160]]))).toMatchObject({ expected: 0, matched: ['P/1'], unexpected: [] });
    expect(countReport(facts({ 'P/1': into }, [['P/1', 140]])).unexpected).toEqual([{ unit: 'P/1', recorded: at('WH-B') }]);
  });

  it('lets a unit sold or shipped during the count leave, and judges one counted after the sale unexpected', () => {
    const sale = { before: at('WH-A'), changes: [{ position: 150, ...sold }] };
    expect(countReport(facts({ 'P/1': sale, 'P/2': { before: at('WH-A'), changes: [{ position: 170, ...shipped }] } }, []))).toMatchObject({
      left: ['P/1', 'P/2'],
      missing: [],
    });
    expect(countReport(facts({ 'P/1': sale }, [['P/1', 180]])).unexpected).toEqual([{ unit: 'P/1', recorded: sold }]);
  });

  it('reports a unit of another location, and a missing one, counted here as unexpected, and unknown serials apart', () => {
    const report = countReport(
      facts(
        { 'P/7': { before: at('WH-B'), changes: [] }, 'P/8': { before: missing, changes: [] } },
        [
          ['P/7', 110],
          ['P/8', 120],
        ],
        { unknown: 3 },
      ),
    );
    expect(report).toMatchObject({ expected: 0, counted: 2, matched: [], unknown: 3 });
    expect(report.unexpected).toEqual([
      { unit: 'P/7', recorded: at('WH-B') },
      { unit: 'P/8', recorded: missing },
    ]);
  });

  it('counts sublocations when asked', () => {
    const shelf = { 'P/1': { before: at('WH-A/SHELF-3'), changes: [] } };
    expect(countReport({ ...facts(shelf, [['P/1', 110]]), includeSublocations: true }).matched).toEqual(['P/1']);
    expect(countReport(facts(shelf, [['P/1', 110]])).unexpected).toHaveLength(1);
  });

  it('reports lot shortfalls and surpluses, not lots that match', () => {
    const lots = [
      { lotId: 'L1', expected: micros(100), counted: micros(97.5) },
      { lotId: 'L2', expected: micros(10), counted: micros(12) },
      { lotId: 'L3', expected: micros(5), counted: micros(5) },
    ];
    expect(countReport(facts({}, [], { lots })).lots).toEqual([
      { lotId: 'L1', expected: micros(100), counted: micros(97.5), difference: micros(-2.5) },
      { lotId: 'L2', expected: micros(10), counted: micros(12), difference: micros(2) },
    ]);
  });
});
