import { AlreadyExists, RuleViolation } from '../shared/errors';
import { micros } from '../shared/quantity';
import { given } from '../testing/given-when-then';
import { COUNT_BATCH, countDecider, expectationOf, OpenCount } from './count.decider';
import { CountChoices, CountEvent, ReconcileOutcome } from './count.events';

const unit = (serial: string) => ({ sku: 'PUMP', serial });
const open: OpenCount = {
  type: 'OpenCount',
  countId: 'C1',
  location: 'WH-A',
  includeSublocations: false,
  blind: true,
  readAt: 40,
  expected: { units: [unit('1'), unit('2')], lots: [{ lotId: 'FLOUR-1', quantity: micros(12.5) }] },
};
const opened: CountEvent[] = [
  { type: 'CountOpened', data: { countId: 'C1', location: 'WH-A', includeSublocations: false, blind: true, expectedUnits: 2, expectedLots: 1, readAt: 40 } },
];
const counters = { expected: 2, counted: 1, matched: 1, left: 0, missing: 1, unexpected: 0, unknown: 0, duplicates: 0 };
const close = { type: 'CloseCount' as const, judgedAt: 90, counters, lots: [], missing: [{ ...unit('2'), location: 'WH-A' }], unexpected: [] };
const closed: CountEvent[] = [
  { type: 'CountClosed', data: { countId: 'C1', judgedAt: 90, ...counters, lots: [] } },
  { type: 'CountFindings', data: { countId: 'C1', missing: [{ ...unit('2'), location: 'WH-A' }], unexpected: [] } },
];
const choices: CountChoices = { missing: 'mark-missing', unexpected: 'ignore', lots: 'ignore' };
const outcome: ReconcileOutcome = { markedMissing: 1, moved: 0, found: 0, adjustedLots: 0, skipped: [] };
const reconciled: CountEvent = { type: 'CountReconciled', data: { countId: 'C1', choices, outcome } };

describe('count decider', () => {
  it('opens a count once, with what the record expects in batches beside it', () => {
    given(countDecider).when(open).then(opened);
    given(countDecider, opened).when(open).thenThrows(AlreadyExists);
    expect(expectationOf(open)).toEqual([
      { type: 'CountExpected', data: { countId: 'C1', units: [unit('1'), unit('2')], lots: [{ lotId: 'FLOUR-1', quantity: micros(12.5) }] } },
    ]);
    const many = Array.from({ length: COUNT_BATCH + 1 }, (_, index) => unit(String(index)));
    expect(expectationOf({ ...open, expected: { units: many, lots: [] } }).map((event) => event.data.units.length)).toEqual([COUNT_BATCH, 1]);
    expect(countDecider.decide({ ...open, expected: { units: many, lots: [] } }, countDecider.initialState())[0].data).toMatchObject({
      expectedUnits: COUNT_BATCH + 1,
      expectedLots: 0,
    });
  });

  it('counts a unit once: a repeat in the batch or of an earlier batch is a duplicate', () => {
    const first: CountEvent = { type: 'CountScanned', data: { countId: 'C1', units: [unit('1')], duplicates: [], unknown: [], lots: [] } };
    given(countDecider, opened)
      .when({ type: 'RecordCountScans', units: [unit('1'), unit('1')], unknown: [], lots: [] })
      .then([{ type: 'CountScanned', data: { countId: 'C1', units: [unit('1')], duplicates: [unit('1')], unknown: [], lots: [] } }]);
    given(countDecider, [...opened, first])
      .when({
        type: 'RecordCountScans',
        units: [unit('2'), unit('1')],
        unknown: ['(01)09506000134376(21)X'],
        lots: [{ lotId: 'FLOUR-1', quantity: micros(3) }],
      })
      .then([
        {
          type: 'CountScanned',
          data: {
            countId: 'C1',
            units: [unit('2')],
            duplicates: [unit('1')],
            unknown: ['(01)09506000134376(21)X'],
            lots: [{ lotId: 'FLOUR-1', quantity: micros(3) }],
          },
        },
      ]);
  });

  it('closes with the report, and counts no more once closed', () => {
    given(countDecider, opened).when(close).then(closed);
    given(countDecider, [...opened, ...closed])
      .when(close)
      .thenThrows(RuleViolation, { rule: 'count-closed' });
    given(countDecider, [...opened, ...closed])
      .when({ type: 'RecordCountScans', units: [unit('1')], unknown: [], lots: [] })
      .thenThrows(RuleViolation, { rule: 'count-closed' });
  });

  it('reconciles a closed count once: the same choices again append nothing, other choices are refused', () => {
    given(countDecider, opened).when({ type: 'ReconcileCount', choices, outcome }).thenThrows(RuleViolation, { rule: 'count-open' });
    given(countDecider, [...opened, ...closed])
      .when({ type: 'ReconcileCount', choices, outcome })
      .then([reconciled]);
    given(countDecider, [...opened, ...closed, reconciled])
      .when({ type: 'ReconcileCount', choices, outcome })
      .then([]);
    given(countDecider, [...opened, ...closed, reconciled])
      .when({ type: 'ReconcileCount', choices: { ...choices, lots: 'adjust' }, outcome })
      .thenThrows(RuleViolation, { rule: 'already-reconciled' });
  });
});
