import { CountEvent, micros } from '@trace/domain';
import { materialise } from '../testing/materialise';
import { CountDiscrepancyDocument, countDiscrepanciesModel, countsModel, countsProjection, countUnitsModel } from './counts.projection';

const unit = (serial: string) => ({ sku: 'PUMP', serial });
const counters = { expected: 2, counted: 2, matched: 1, left: 0, missing: 1, unexpected: 1, unknown: 1, duplicates: 1 };
const lots = [
  { lotId: 'FLOUR-1', expected: micros(40), counted: micros(38.5), difference: micros(-1.5) },
  { lotId: 'FLOUR-2', expected: micros(10), counted: micros(10), difference: micros(0) },
];
const life: CountEvent[] = [
  { type: 'CountOpened', data: { countId: 'C1', location: 'WH-A', includeSublocations: false, blind: true, expectedUnits: 2, expectedLots: 2, readAt: 7 } },
  { type: 'CountExpected', data: { countId: 'C1', units: [unit('1'), unit('2')], lots: [] } },
  { type: 'CountScanned', data: { countId: 'C1', units: [unit('1'), unit('9')], duplicates: [unit('1')], unknown: ['(01)09506000134352(21)X'], lots: [] } },
  { type: 'CountClosed', data: { countId: 'C1', judgedAt: 20, ...counters, lots } },
  {
    type: 'CountFindings',
    data: { countId: 'C1', missing: [{ ...unit('2'), location: 'WH-A' }], unexpected: [{ ...unit('9'), recorded: { status: 'sold', location: null } }] },
  },
];

describe('counts projection', () => {
  it('keeps progress while counting, then the report, and which counts saw a unit', async () => {
    const open = await materialise([countsProjection], life.slice(0, 3));
    expect(await open.get(countsModel.name, { countId: 'C1' })).toMatchObject({
      state: 'open',
      blind: 1,
      expectedUnits: 2,
      scannedUnits: 2,
      scannedDuplicates: 1,
      scannedUnknown: 1,
      expected: null,
      lots: null,
    });
    expect(await open.page(countUnitsModel.name, { where: { sku: 'PUMP', serial: '9' }, limit: 10 })).toEqual([
      { countId: 'C1', sku: 'PUMP', serial: '9', position: 3 },
    ]);

    const closed = await materialise([countsProjection], life);
    expect(await closed.get(countsModel.name, { countId: 'C1' })).toMatchObject({ state: 'closed', judgedAt: 20, ...counters, lots });
    const rows = (await closed.page(countDiscrepanciesModel.name, { where: { countId: 'C1' }, limit: 10 })) as unknown as CountDiscrepancyDocument[];
    expect(
      rows.map((row) => [row.kind, row.sku === null ? (row.lotId ?? row.code) : `${row.sku}/${row.serial}`, row.status, row.location, row.differenceMicros]),
    ).toEqual([
      ['lot', 'FLOUR-1', null, null, -1_500_000],
      ['missing', 'PUMP/2', 'in_stock', 'WH-A', null],
      ['unexpected', 'PUMP/9', 'sold', null, null],
      ['unknown', '(01)09506000134352(21)X', null, null, null],
    ]);
  });

  it('records the reconciliation on the count', async () => {
    const choices = { missing: 'mark-missing', unexpected: 'ignore', lots: 'adjust' } as const;
    const outcome = { markedMissing: 1, moved: 0, found: 0, adjustedLots: 1, skipped: [] };
    const store = await materialise([countsProjection], [...life, { type: 'CountReconciled', data: { countId: 'C1', choices, outcome } }]);
    expect(await store.get(countsModel.name, { countId: 'C1' })).toMatchObject({ state: 'reconciled', reconciliation: { choices, outcome } });
  });
});
