import { materialise, recorded } from '../testing/materialise';
import { unitLife } from '../testing/unit-life';
import { unitsProjection } from './units.projection';

describe('units projection', () => {
  it('ignores lot events', () => {
    expect(unitsProjection.project(recorded(unitLife)[0])).toEqual([]);
  });

  it('writes only what an event changes, plus revision, position and time', () => {
    const moved = recorded(unitLife)[4];
    expect(unitsProjection.project(moved)).toEqual([
      {
        op: 'upsert',
        model: 'units',
        key: { sku: 'PUMP', serial: '1' },
        set: { location: 'WH-B', lastEventAt: moved.occurredAt, revision: 1, position: 5 },
      },
    ]);
  });

  it.each([
    [5, { status: 'in_stock', location: 'WH-B', custodian: null, customer: null, destination: null }],
    [6, { status: 'in_transit', location: null, custodian: null, destination: 'DC-EAST' }],
    [7, { status: 'in_stock', location: 'DC-EAST/1', custodian: 'DC-EAST', destination: null }],
    [8, { status: 'sold', location: null, custodian: 'ACME', customer: 'ACME' }],
    [9, { status: 'returned', location: 'DC-EAST/RMA', custodian: 'DC-EAST', customer: null }],
    [10, { status: 'in_stock', location: 'DC-EAST/RMA', revision: 6 }],
  ])('after %i events the unit reads %o', async (count, expected) => {
    const store = await materialise([unitsProjection], unitLife.slice(0, count));
    expect(await store.get('units', { sku: 'PUMP', serial: '1' })).toMatchObject({ lotId: 'L1', ...expected });
  });

  it('serves lot membership filtered by status and location', async () => {
    const store = await materialise([unitsProjection], unitLife);
    const serials = async (where: Record<string, string>) => (await store.page('units', { where, limit: 10 })).map((u) => u.serial);
    expect(await serials({ lotId: 'L1' })).toEqual(['1', '2']);
    expect(await serials({ lotId: 'L1', status: 'scrapped' })).toEqual(['2']);
    expect(await serials({ lotId: 'L1', location: 'DC-EAST/RMA' })).toEqual(['1']);
    expect(await serials({ location: 'WH-B' })).toEqual(['3']);
    expect(await store.countBy('units', { lotId: 'L1' }, 'status')).toEqual({ in_stock: 1, scrapped: 1 });
  });
});
