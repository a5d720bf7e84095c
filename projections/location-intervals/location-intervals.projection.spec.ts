import { fold, unitDecider, UnitEvent } from '@trace/domain';
import { SqliteReadStore } from '@trace/read-store/sqlite';
import { materialise, recorded } from '../testing/materialise';
import { unitLife } from '../testing/unit-life';
import { locationIntervalsModel, locationIntervalsProjection } from './location-intervals.projection';

describe('location-intervals projection', () => {
  it('ignores lot events and events that move nothing', () => {
    const [lotRegistered] = recorded(unitLife);
    expect(locationIntervalsProjection.project(lotRegistered)).toEqual([]);
    const holder = { status: 'in_stock', location: 'WH-A', custodian: null, customer: null, container: null, top: null };
    const entry = { origin: 'lot:L0', how: 'lot' as const, path: [{ sku: 'PUMP', serial: '1' }] };
    const [consumed] = recorded([{ type: 'LotConsumed', data: { sku: 'PUMP', serial: '1', lotId: 'L0', quantity: 1, entry, holder } }]);
    expect(locationIntervalsProjection.project(consumed)).toEqual([]);
  });

  it('opens an interval per whereabouts event, keyed by unit and by when it happened', () => {
    const moved = recorded(unitLife)[4];
    expect(locationIntervalsProjection.project(moved)).toEqual([
      {
        op: 'upsert',
        model: 'location_intervals',
        key: { sku: 'PUMP', serial: '1', occurredAt: moved.occurredAt, position: 5 },
        set: { revision: 1, recordedAt: moved.recordedAt, type: 'UnitMoved', data: moved.data },
      },
    ]);
  });

  it('serves the timelines of a page of units in one key-ordered scan, folding back to their state', async () => {
    const store = await materialise([locationIntervalsProjection], unitLife);
    const rows = await store.page(locationIntervalsModel.name, { where: { sku: 'PUMP', serial: ['2', '1'] }, limit: 100 });
    expect(rows.map((row) => [row.serial, row.type])).toEqual([
      ['1', 'SerialAssigned'],
      ['1', 'UnitMoved'],
      ['1', 'UnitShipped'],
      ['1', 'UnitReceived'],
      ['1', 'UnitSold'],
      ['1', 'UnitReturned'],
      ['1', 'UnitRepaired'],
      ['2', 'SerialAssigned'],
      ['2', 'UnitScrapped'],
    ]);
    const unitOne = rows.filter((row) => row.serial === '1') as unknown as UnitEvent[];
    expect(fold(unitDecider, unitOne)).toMatchObject({ status: 'in_stock', location: 'DC-EAST/RMA', custodian: 'DC-EAST' });
  });

  it('slots a late scan in by when it happened, not by when it was recorded', async () => {
    const [, assigned, , , moved] = recorded(unitLife);
    if (moved.type !== 'UnitMoved') throw new Error('the fifth event of the life is a move');
    const at = (minutes: number) => new Date(Date.UTC(2026, 0, 2, 0, minutes)).toISOString();
    const timeline = [
      { ...assigned, occurredAt: at(0) },
      { ...moved, position: 20, revision: 1, occurredAt: at(30), data: { ...moved.data, from: 'WH-B', to: 'WH-C' } },
      // Synced late: recorded last, happened in between.
      { ...moved, position: 30, revision: 2, occurredAt: at(10), data: { ...moved.data, from: 'WH-A', to: 'WH-B' } },
    ];
    const store = new SqliteReadStore({ file: ':memory:' });
    await store.register(locationIntervalsProjection.models);
    await store.apply(
      timeline.flatMap((event) => locationIntervalsProjection.project(event)),
      { name: 'test', expected: 0, position: 30 },
    );
    const rows = await store.page(locationIntervalsModel.name, { where: { sku: 'PUMP', serial: '1' }, limit: 10 });
    expect(rows.map((row) => row.position)).toEqual([assigned.position, 30, 20]);
  });
});
