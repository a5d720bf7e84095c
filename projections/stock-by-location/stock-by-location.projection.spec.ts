import { materialise, recorded } from '../testing/materialise';
import { unitLife } from '../testing/unit-life';
import { stockByLocationProjection } from './stock-by-location.projection';

describe('stock by location projection', () => {
  it('moves a unit out of one location and into another', () => {
    expect(stockByLocationProjection.project(recorded(unitLife)[4])).toEqual([
      { op: 'increment', model: 'stock_by_location', key: { location: 'WH-A', sku: 'PUMP' }, by: { count: -1 } },
      { op: 'increment', model: 'stock_by_location', key: { location: 'WH-B', sku: 'PUMP' }, by: { count: 1 } },
    ]);
  });

  it('counts what is where after a whole life', async () => {
    const store = await materialise([stockByLocationProjection], unitLife);
    const counts = (await store.page('stock_by_location', { where: {}, limit: 100 })).map((row) => [row.location, row.count]);
    // Pump 1 moved WH-A → WH-B → shipped → DC-EAST/1 → sold → returned to DC-EAST/RMA; pump 2 scrapped at WH-A.
    expect(counts).toEqual([
      ['DC-EAST/1', 0],
      ['DC-EAST/RMA', 1],
      ['WH-A', 0],
      ['WH-B', 1],
    ]);
  });

  it('does not count a unit scrapped in transit twice', () => {
    const scrappedInTransit = recorded([{ type: 'UnitScrapped', data: { sku: 'P', serial: '9', reason: 'lost', from: null } }])[0];
    expect(stockByLocationProjection.project(scrappedInTransit)).toEqual([]);
  });
});
