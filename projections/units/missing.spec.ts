import { DomainEvent, fold, unitDecider, UnitEvent } from '@trace/domain';
import { Workshop } from '../../libs/domain/src/testing/workshop';
import { locationIntervalsModel, locationIntervalsProjection } from '../location-intervals/location-intervals.projection';
import { stockByLocationProjection } from '../stock-by-location/stock-by-location.projection';
import { materialise } from '../testing/materialise';
import { changesWhereabouts } from './placement';
import { unitsProjection } from './units.projection';

const pump = { sku: 'PUMP', serial: '1' };
const assigned: UnitEvent = { type: 'SerialAssigned', data: { ...pump, lotId: null, location: 'WH-A' } };
const received: UnitEvent[] = [
  { type: 'UnitShipped', data: { ...pump, from: 'WH-A', to: 'DC-EAST' } },
  { type: 'UnitReceived', data: { ...pump, by: 'DC-EAST', location: 'DC-EAST/1' } },
];
const reported: UnitEvent = { type: 'UnitReportedMissing', data: { ...pump, countId: 'C1', location: 'DC-EAST/1' } };
const foundByCount: UnitEvent = { type: 'UnitFound', data: { ...pump, location: 'DC-EAST/2', countId: 'C2', how: 'count' } };
const foundByReceipt: UnitEvent = { type: 'UnitFound', data: { ...pump, location: 'DC-WEST/IN', countId: null, how: 'receipt', by: 'DC-WEST' } };

const row = async (events: DomainEvent[]) => {
  const store = await materialise([unitsProjection], events);
  const unit = await store.get('units', pump);
  return unit && { status: unit.status, location: unit.location, custodian: unit.custodian };
};

describe('missing units in the read models', () => {
  it('changes whereabouts both ways', () => {
    expect(changesWhereabouts(reported)).toBe(true);
    expect(changesWhereabouts(foundByCount)).toBe(true);
  });

  it('shows a missing unit nowhere, still held by whoever held it; found, where found', async () => {
    expect(await row([assigned, ...received, reported])).toEqual({ status: 'missing', location: null, custodian: 'DC-EAST' });
    expect(await row([assigned, ...received, reported, foundByCount])).toEqual({ status: 'in_stock', location: 'DC-EAST/2', custodian: 'DC-EAST' });
    expect(await row([assigned, ...received, reported, foundByReceipt])).toEqual({ status: 'in_stock', location: 'DC-WEST/IN', custodian: 'DC-WEST' });
  });

  it('shows the units built into a missing assembly missing with it, and found with it', async () => {
    const w = new Workshop().unit('cell').unit('pack').install('pack', 'cell').act('pack', { type: 'ReportUnitMissing', countId: 'C1', location: 'LINE' });
    const cell = async () => (await materialise([unitsProjection], w.log)).get('units', { sku: 'P', serial: 'cell' });
    expect(await cell()).toMatchObject({ status: 'missing', location: null });
    w.act('pack', { type: 'FindUnit', location: 'LINE/2', countId: 'C2', how: 'count' });
    expect(await cell()).toMatchObject({ status: 'in_stock', location: 'LINE/2' });
  });

  it('takes a missing unit out of its location’s stock and puts it back where found', async () => {
    const stock = async (events: DomainEvent[]) => {
      const store = await materialise([stockByLocationProjection], events);
      return (await store.page('stock_by_location', { where: {}, limit: 100 })).map((r) => [r.location, r.count]);
    };
    expect(await stock([assigned, ...received, reported])).toEqual([
      ['DC-EAST/1', 0],
      ['WH-A', 0],
    ]);
    const scrapped: UnitEvent = { type: 'UnitScrapped', data: { ...pump, reason: 'lost', from: null } };
    expect(await stock([assigned, ...received, reported, foundByCount, { ...reported, data: { ...reported.data, location: 'DC-EAST/2' } }, scrapped])).toEqual([
      ['DC-EAST/1', 0],
      ['DC-EAST/2', 0],
      ['WH-A', 0],
    ]);
  });

  it('keeps both in the unit’s timeline, folding back to its state', async () => {
    const events = [assigned, ...received, reported, foundByCount];
    const store = await materialise([locationIntervalsProjection], events);
    const rows = await store.page(locationIntervalsModel.name, { where: pump, limit: 100 });
    expect(rows.map((r) => r.type)).toEqual(['SerialAssigned', 'UnitShipped', 'UnitReceived', 'UnitReportedMissing', 'UnitFound']);
    const folded = fold(
      unitDecider,
      rows.map((r) => ({ type: r.type, data: r.data }) as UnitEvent),
    );
    expect(folded).toEqual(fold(unitDecider, events));
  });
});
