import { DomainEvent, LotRegistered } from '@trace/domain';
import { SqliteReadStore } from '@trace/read-store/sqlite';
import { materialise, recorded } from '../testing/materialise';
import { unitLife } from '../testing/unit-life';
import { LotLinkDocument, LotPlaceDocument } from './lot-places';
import { LotDocument, lotsProjection } from './lots.projection';

/** A lot-tracked good: 10 kg put in stock at WH-A. */
const flour = (data: Partial<LotRegistered['data']> = {}): DomainEvent => ({
  type: 'LotRegistered',
  data: {
    lotId: 'FLOUR',
    sku: 'FLOUR',
    producedAt: '2026-01-01T00:00:00.000Z',
    expiresAt: null,
    site: 'MILL',
    quantity: 10,
    uom: 'KGM',
    location: 'WH-A',
    ...data,
  },
});

const lot = (store: SqliteReadStore, lotId = 'FLOUR') => store.get('lots', { lotId }) as Promise<LotDocument | null>;
/** The lot's places in key order (customer, location, transit), as [kind, place, quantityMicros]. */
async function places(store: SqliteReadStore, lotId = 'FLOUR'): Promise<Array<[string, string, number]>> {
  const rows = (await store.page('lot_places', { where: { lotId }, limit: 100 })) as unknown as LotPlaceDocument[];
  return rows.map((row) => [row.kind, row.place, row.quantityMicros]);
}
const links = async (store: SqliteReadStore, input = 'FLOUR') =>
  (await store.page('lot_links', { where: { input }, limit: 100 })) as unknown as LotLinkDocument[];

/** The same events, one batch per event (no coalescing of one document's writes across events). */
async function materialiseOneByOne(events: DomainEvent[]): Promise<SqliteReadStore> {
  const store = new SqliteReadStore({ file: ':memory:' });
  await store.register(lotsProjection.models);
  for (const event of recorded(events)) {
    await store.apply(lotsProjection.project(event), { name: 'test', expected: event.position - 1, position: event.position });
  }
  return store;
}

describe('lots projection', () => {
  it('records a registered lot', async () => {
    const store = await materialise([lotsProjection], unitLife);
    expect(await lot(store, 'L1')).toEqual({
      lotId: 'L1',
      sku: 'PUMP',
      producedAt: '2026-01-01T00:00:00.000Z',
      expiresAt: null,
      site: 'PLANT',
      producedInstant: '2026-01-01T00:00:00.000Z',
      expiresInstant: null,
      quantity: 3,
      uom: 'EA',
      registeredAt: recorded(unitLife)[0].occurredAt,
      position: 1,
      producedMicros: 0,
      adjustedMicros: 0,
      disposedMicros: 0,
      lostInTransitMicros: 0,
      returnedMicros: 0,
    });
    // A serialised lot's declared size is not stock anywhere.
    expect(await places(store, 'L1')).toEqual([]);
  });

  it('ignores unit events', () => {
    expect(
      recorded(unitLife)
        .slice(1)
        .flatMap((e) => lotsProjection.project(e)),
    ).toEqual([]);
  });

  it('puts a lot-tracked lot in stock where it is registered', async () => {
    const store = await materialise([lotsProjection], [flour({ quantity: 10.25 })]);
    expect(await lot(store)).toMatchObject({ quantity: 10.25, uom: 'KGM', producedMicros: 10_250_000, adjustedMicros: 0, disposedMicros: 0 });
    expect(await store.get('lot_places', { lotId: 'FLOUR', kind: 'location', place: 'WH-A' })).toEqual({
      lotId: 'FLOUR',
      kind: 'location',
      place: 'WH-A',
      quantityMicros: 10_250_000,
      to: null,
    });
    expect(await store.page('lot_places', { where: { kind: 'location', place: 'WH-A' }, limit: 10 })).toHaveLength(1);
  });

  it('registers no stock for a lot with no quantity', async () => {
    const store = await materialise([lotsProjection], [flour({ quantity: null })]);
    expect(await lot(store)).toMatchObject({ quantity: null, producedMicros: 0 });
    expect(await places(store)).toEqual([]);
  });

  it('moves stock: the source is set to what remains, the target grows', async () => {
    const store = await materialise(
      [lotsProjection],
      [
        flour(),
        { type: 'LotStockMoved', data: { lotId: 'FLOUR', from: 'WH-A', to: 'WH-B', quantity: 4, remaining: 6 } },
        { type: 'LotStockMoved', data: { lotId: 'FLOUR', from: 'WH-A', to: 'WH-C', quantity: 1.5, remaining: 4.5 } },
        { type: 'LotStockMoved', data: { lotId: 'FLOUR', from: 'WH-C', to: 'WH-B', quantity: 1.5, remaining: 0 } },
      ],
    );
    expect(await places(store)).toEqual([
      ['location', 'WH-A', 4_500_000],
      ['location', 'WH-B', 5_500_000],
    ]);
    expect(await store.page('lot_places', { where: { kind: 'location', place: 'WH-C' }, limit: 10 })).toEqual([]);
  });

  describe.each<[string, (remaining: number) => DomainEvent]>([
    ['LotStockMoved', (remaining) => ({ type: 'LotStockMoved', data: { lotId: 'FLOUR', from: 'WH-A', to: 'WH-B', quantity: 10 - remaining, remaining } })],
    [
      'LotShipped',
      (remaining) => ({ type: 'LotShipped', data: { lotId: 'FLOUR', shipmentId: 'S1', from: 'WH-A', to: 'DC', quantity: 10 - remaining, remaining } }),
    ],
    [
      'LotSold',
      (remaining) => ({ type: 'LotSold', data: { lotId: 'FLOUR', from: 'WH-A', customer: 'ACME', quantity: 10 - remaining, receipt: 'R1', remaining } }),
    ],
    [
      'LotStockConsumed',
      (remaining) => ({
        type: 'LotStockConsumed',
        data: { lotId: 'FLOUR', from: 'WH-A', quantity: 10 - remaining, remaining, intoLot: 'BREAD', intoUnit: null },
      }),
    ],
    ['LotDisposed', (remaining) => ({ type: 'LotDisposed', data: { lotId: 'FLOUR', from: 'WH-A', quantity: 10 - remaining, reason: 'mould', remaining } })],
    ['LotAdjusted', (remaining) => ({ type: 'LotAdjusted', data: { lotId: 'FLOUR', location: 'WH-A', quantity: remaining - 10, reason: 'count', remaining } })],
  ])('%s', (_, taking) => {
    it('sets the place it takes from to what remains', async () => {
      const store = await materialise([lotsProjection], [flour(), taking(7.5)]);
      expect(await store.get('lot_places', { lotId: 'FLOUR', kind: 'location', place: 'WH-A' })).toMatchObject({ quantityMicros: 7_500_000 });
    });

    it('removes the place when nothing remains', async () => {
      const store = await materialise([lotsProjection], [flour(), taking(0)]);
      expect(await store.get('lot_places', { lotId: 'FLOUR', kind: 'location', place: 'WH-A' })).toBeNull();
      expect(await store.page('lot_places', { where: { kind: 'location', place: 'WH-A' }, limit: 10 })).toEqual([]);
    });
  });

  it('ships into transit, receives from transit into a location, and writes off what a closed shipment lost', async () => {
    const shipped: DomainEvent[] = [
      flour(),
      { type: 'LotShipped', data: { lotId: 'FLOUR', shipmentId: 'S1', from: 'WH-A', to: 'DC-EAST', quantity: 4, remaining: 6 } },
      { type: 'LotReceived', data: { lotId: 'FLOUR', shipmentId: 'S1', by: 'DC-EAST', location: 'DC-EAST/1', quantity: 2.5 } },
    ];
    const inTransit = await materialise([lotsProjection], shipped);
    expect(await inTransit.get('lot_places', { lotId: 'FLOUR', kind: 'transit', place: 'S1' })).toEqual({
      lotId: 'FLOUR',
      kind: 'transit',
      place: 'S1',
      quantityMicros: 1_500_000,
      to: 'DC-EAST',
    });
    expect(await places(inTransit)).toEqual([
      ['location', 'DC-EAST/1', 2_500_000],
      ['location', 'WH-A', 6_000_000],
      ['transit', 'S1', 1_500_000],
    ]);
    expect(await inTransit.page('lot_places', { where: { kind: 'transit', place: 'S1' }, limit: 10 })).toHaveLength(1);

    const closed = await materialise(
      [lotsProjection],
      [...shipped, { type: 'LotShipmentClosed', data: { lotId: 'FLOUR', shipmentId: 'S1', to: 'DC-EAST', lostInTransit: 1.5, reason: 'pallet lost' } }],
    );
    expect(await places(closed)).toEqual([
      ['location', 'DC-EAST/1', 2_500_000],
      ['location', 'WH-A', 6_000_000],
    ]);
    expect(await lot(closed)).toMatchObject({ lostInTransitMicros: 1_500_000 });
  });

  it('receives a shipment in parts at several locations', async () => {
    const store = await materialise(
      [lotsProjection],
      [
        flour(),
        { type: 'LotShipped', data: { lotId: 'FLOUR', shipmentId: 'S1', from: 'WH-A', to: 'DC', quantity: 3, remaining: 7 } },
        { type: 'LotReceived', data: { lotId: 'FLOUR', shipmentId: 'S1', by: 'DC', location: 'DC/1', quantity: 1 } },
        { type: 'LotReceived', data: { lotId: 'FLOUR', shipmentId: 'S1', by: 'DC', location: 'DC/1', quantity: 1.5 } },
        { type: 'LotReceived', data: { lotId: 'FLOUR', shipmentId: 'S1', by: 'DC', location: 'DC/2', quantity: 0.5 } },
        { type: 'LotShipmentClosed', data: { lotId: 'FLOUR', shipmentId: 'S1', to: 'DC', lostInTransit: 0, reason: 'received' } },
      ],
    );
    expect(await places(store)).toEqual([
      ['location', 'DC/1', 2_500_000],
      ['location', 'DC/2', 500_000],
      ['location', 'WH-A', 7_000_000],
    ]);
    expect(await lot(store)).toMatchObject({ lostInTransitMicros: 0 });
  });

  it('sells to a customer, and takes returns back from them', async () => {
    const sold: DomainEvent[] = [
      flour(),
      { type: 'LotSold', data: { lotId: 'FLOUR', from: 'WH-A', customer: 'ACME', quantity: 3, receipt: 'R1', remaining: 7 } },
      { type: 'LotSold', data: { lotId: 'FLOUR', from: 'WH-A', customer: 'ACME', quantity: 2, receipt: 'R2', remaining: 5 } },
      { type: 'LotReturned', data: { lotId: 'FLOUR', customer: 'ACME', location: 'RMA', quantity: 1, reason: 'torn bag', remaining: 4 } },
    ];
    const partly = await materialise([lotsProjection], sold);
    expect(await places(partly)).toEqual([
      ['customer', 'ACME', 4_000_000],
      ['location', 'RMA', 1_000_000],
      ['location', 'WH-A', 5_000_000],
    ]);
    expect(await lot(partly)).toMatchObject({ returnedMicros: 1_000_000 });
    expect(await partly.page('lot_places', { where: { kind: 'customer', place: 'ACME' }, limit: 10 })).toEqual([
      { lotId: 'FLOUR', kind: 'customer', place: 'ACME', quantityMicros: 4_000_000, to: null },
    ]);

    const all = await materialise(
      [lotsProjection],
      [...sold, { type: 'LotReturned', data: { lotId: 'FLOUR', customer: 'ACME', location: 'RMA', quantity: 4, reason: 'recall', remaining: 0 } }],
    );
    expect(await places(all)).toEqual([
      ['location', 'RMA', 5_000_000],
      ['location', 'WH-A', 5_000_000],
    ]);
    expect(await lot(all)).toMatchObject({ returnedMicros: 5_000_000 });
  });

  it('totals signed adjustments and disposals', async () => {
    const store = await materialise(
      [lotsProjection],
      [
        flour(),
        { type: 'LotAdjusted', data: { lotId: 'FLOUR', location: 'WH-A', quantity: -0.5, reason: 'spilt', remaining: 9.5 } },
        { type: 'LotAdjusted', data: { lotId: 'FLOUR', location: 'WH-A', quantity: 2, reason: 'recount', remaining: 11.5 } },
        { type: 'LotAdjusted', data: { lotId: 'FLOUR', location: 'WH-B', quantity: 0.25, reason: 'found', remaining: 0.25 } },
        { type: 'LotDisposed', data: { lotId: 'FLOUR', from: 'WH-A', quantity: 11.5, reason: 'mould', remaining: 0 } },
      ],
    );
    expect(await places(store)).toEqual([['location', 'WH-B', 250_000]]);
    expect(await lot(store)).toMatchObject({ producedMicros: 10_000_000, adjustedMicros: 1_750_000, disposedMicros: 11_500_000 });
  });

  it('links each consumption to the lot or unit it went into, adding up consumptions into the same one', async () => {
    const store = await materialise(
      [lotsProjection],
      [
        flour(),
        { type: 'LotStockConsumed', data: { lotId: 'FLOUR', from: 'WH-A', quantity: 0.1, remaining: 9.9, intoLot: 'BREAD/1', intoUnit: null } },
        {
          type: 'LotStockConsumed',
          data: { lotId: 'FLOUR', from: 'WH-A', quantity: 1, remaining: 8.9, intoLot: null, intoUnit: { sku: 'CAKE', serial: '7' } },
        },
        { type: 'LotStockConsumed', data: { lotId: 'FLOUR', from: 'WH-A', quantity: 0.2, remaining: 8.7, intoLot: 'BREAD/1', intoUnit: null } },
      ],
    );
    expect(await links(store)).toEqual([
      { input: 'FLOUR', into: 'lot:BREAD%2F1', intoLot: 'BREAD/1', intoSku: null, intoSerial: null, quantityMicros: 300_000 },
      { input: 'FLOUR', into: 'unit:CAKE:7', intoLot: null, intoSku: 'CAKE', intoSerial: '7', quantityMicros: 1_000_000 },
    ]);
    expect(await store.page('lot_links', { where: { intoLot: 'BREAD/1' }, limit: 10 })).toEqual([
      { input: 'FLOUR', into: 'lot:BREAD%2F1', intoLot: 'BREAD/1', intoSku: null, intoSerial: null, quantityMicros: 300_000 },
    ]);
    expect(await places(store)).toEqual([['location', 'WH-A', 8_700_000]]);
  });

  it('sums in exact millionths: 0.1 + 0.2 is 0.3', async () => {
    const events: DomainEvent[] = [
      flour({ quantity: 1 }),
      { type: 'LotSold', data: { lotId: 'FLOUR', from: 'WH-A', customer: 'ACME', quantity: 0.1, receipt: 'R1', remaining: 0.9 } },
      { type: 'LotSold', data: { lotId: 'FLOUR', from: 'WH-A', customer: 'ACME', quantity: 0.2, receipt: 'R2', remaining: 0.7 } },
      { type: 'LotReturned', data: { lotId: 'FLOUR', customer: 'ACME', location: 'RMA', quantity: 0.1, reason: 'x', remaining: 0.2 } },
      { type: 'LotReturned', data: { lotId: 'FLOUR', customer: 'ACME', location: 'RMA', quantity: 0.2, reason: 'x', remaining: 0 } },
      { type: 'LotDisposed', data: { lotId: 'FLOUR', from: 'RMA', quantity: 0.1, reason: 'x', remaining: 0.2 } },
      { type: 'LotDisposed', data: { lotId: 'FLOUR', from: 'RMA', quantity: 0.2, reason: 'x', remaining: 0 } },
      { type: 'LotAdjusted', data: { lotId: 'FLOUR', location: 'WH-A', quantity: 0.1, reason: 'x', remaining: 0.8 } },
      { type: 'LotAdjusted', data: { lotId: 'FLOUR', location: 'WH-A', quantity: 0.2, reason: 'x', remaining: 1 } },
      { type: 'LotShipped', data: { lotId: 'FLOUR', shipmentId: 'S1', from: 'WH-A', to: 'DC', quantity: 0.3, remaining: 0.7 } },
      { type: 'LotReceived', data: { lotId: 'FLOUR', shipmentId: 'S1', by: 'DC', location: 'DC/1', quantity: 0.1 } },
      { type: 'LotReceived', data: { lotId: 'FLOUR', shipmentId: 'S1', by: 'DC', location: 'DC/1', quantity: 0.2 } },
      { type: 'LotStockConsumed', data: { lotId: 'FLOUR', from: 'WH-A', quantity: 0.1, remaining: 0.6, intoLot: 'BREAD', intoUnit: null } },
      { type: 'LotStockConsumed', data: { lotId: 'FLOUR', from: 'WH-A', quantity: 0.2, remaining: 0.4, intoLot: 'BREAD', intoUnit: null } },
    ];
    for (const store of [await materialise([lotsProjection], events), await materialiseOneByOne(events)]) {
      expect(await lot(store)).toMatchObject({ returnedMicros: 300_000, disposedMicros: 300_000, adjustedMicros: 300_000 });
      expect(await places(store)).toEqual([
        ['location', 'DC/1', 300_000],
        ['location', 'WH-A', 400_000],
        // Fully received and not closed yet: still a shipment, with nothing left in transit.
        ['transit', 'S1', 0],
      ]);
      expect((await links(store)).map((link) => link.quantityMicros)).toEqual([300_000]);
    }
  });

  it('writes the same documents in one batch as event by event', async () => {
    const events: DomainEvent[] = [
      flour(),
      { type: 'LotStockMoved', data: { lotId: 'FLOUR', from: 'WH-A', to: 'WH-B', quantity: 10, remaining: 0 } },
      { type: 'LotStockMoved', data: { lotId: 'FLOUR', from: 'WH-B', to: 'WH-A', quantity: 2, remaining: 8 } },
      { type: 'LotSold', data: { lotId: 'FLOUR', from: 'WH-A', customer: 'ACME', quantity: 2, receipt: 'R1', remaining: 0 } },
      { type: 'LotReturned', data: { lotId: 'FLOUR', customer: 'ACME', location: 'WH-A', quantity: 2, reason: 'x', remaining: 0 } },
      { type: 'LotSold', data: { lotId: 'FLOUR', from: 'WH-A', customer: 'ACME', quantity: 1, receipt: 'R2', remaining: 1 } },
      { type: 'LotShipped', data: { lotId: 'FLOUR', shipmentId: 'S1', from: 'WH-B', to: 'DC', quantity: 1, remaining: 7 } },
      { type: 'LotShipmentClosed', data: { lotId: 'FLOUR', shipmentId: 'S1', to: 'DC', lostInTransit: 1, reason: 'lost' } },
    ];
    const batch = await materialise([lotsProjection], events);
    const oneByOne = await materialiseOneByOne(events);
    expect(await places(batch)).toEqual([
      ['customer', 'ACME', 1_000_000],
      ['location', 'WH-A', 1_000_000],
      ['location', 'WH-B', 7_000_000],
    ]);
    expect(await places(oneByOne)).toEqual(await places(batch));
    expect(await lot(oneByOne)).toEqual(await lot(batch));
  });

  it('leaves made-from links, serial counts and recalls to other models', () => {
    const others: DomainEvent[] = [
      { type: 'LotMadeFrom', data: { lotId: 'BREAD', input: 'FLOUR', quantity: 0.3, uom: 'KGM' } },
      { type: 'LotSerialsAssigned', data: { lotId: 'FLOUR', count: 2 } },
      { type: 'LotRecalled', data: { lotId: 'FLOUR', recallId: 'R1', reason: 'x', severity: 'high', recalledAt: '2026-05-01T00:00:00.000Z' } },
      { type: 'LotRecallResolved', data: { lotId: 'FLOUR', recallId: 'R1', action: 'destroyed', note: null } },
    ];
    expect(recorded(others).flatMap((event) => lotsProjection.project(event))).toEqual([]);
  });

  it('remembers every location a lot ever had stock at, for time travel, when the stock has left', async () => {
    const moved = (from: string, to: string, quantity: number, remaining: number): DomainEvent => ({
      type: 'LotStockMoved',
      data: { lotId: 'FLOUR', from, to, quantity, remaining },
    });
    const adjusted: DomainEvent = { type: 'LotAdjusted', data: { lotId: 'FLOUR', location: 'WH-C', quantity: 1, reason: 'found', remaining: 1 } };
    const store = await materialise([lotsProjection], [flour(), moved('WH-A', 'WH-B', 10, 0), moved('WH-B', 'WH-A', 4, 6), adjusted]);
    const visits = await store.page('lot_visits', { where: {}, limit: 10 });
    expect(visits).toEqual([
      { location: 'WH-A', lotId: 'FLOUR', arrivals: 2 },
      { location: 'WH-B', lotId: 'FLOUR', arrivals: 1 },
      { location: 'WH-C', lotId: 'FLOUR', arrivals: 1 },
    ]);
    expect(await places(store)).toEqual([
      ['location', 'WH-A', 4_000_000],
      ['location', 'WH-B', 6_000_000],
      ['location', 'WH-C', 1_000_000],
    ]);
  });
});
