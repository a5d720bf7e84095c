import { materialise, recorded } from '../testing/materialise';
import { unitLife } from '../testing/unit-life';
import { lotsProjection } from './lots.projection';

describe('lots projection', () => {
  it('records a registered lot', async () => {
    const store = await materialise([lotsProjection], unitLife);
    expect(await store.get('lots', { lotId: 'L1' })).toEqual({
      lotId: 'L1',
      sku: 'PUMP',
      producedAt: '2026-01-01T00:00:00.000Z',
      expiresAt: null,
      site: 'PLANT',
      quantity: 3,
      registeredAt: recorded(unitLife)[0].occurredAt,
      position: 1,
    });
  });

  it('ignores unit events', () => {
    expect(
      recorded(unitLife)
        .slice(1)
        .flatMap((e) => lotsProjection.project(e)),
    ).toEqual([]);
  });
});
