import { eventually } from '@trace/shared/testing/eventually';
import { Client, startedForSuite } from './api';

/* eslint-disable @typescript-eslint/no-explicit-any -- supertest answers untyped bodies; each test asserts the shape it expects */

type Quantity = { quantity: number };

/** Exact sums in millionths, as the service counts: 0.1 + 0.2 is 0.3. */
const micros = (quantity: number) => Math.round(quantity * 1_000_000);
const sum = (items: Quantity[]) => items.reduce((total, item) => total + micros(item.quantity), 0);

/** Every bit of a lot is somewhere: `atLocations + inTransit + withCustomers + consumed + disposed + lostInTransit = produced + adjusted`. */
function expectBalanced(stock: any) {
  const out =
    sum(stock.atLocations) + sum(stock.inTransit) + sum(stock.withCustomers) + sum(stock.consumed) + micros(stock.disposed) + micros(stock.lostInTransit);
  expect(out).toBe(micros(stock.produced) + micros(stock.adjusted));
  for (const place of [...stock.atLocations, ...stock.inTransit, ...stock.withCustomers, ...stock.consumed]) expect(place.quantity).toBeGreaterThan(0);
}

const byKey =
  <Item>(key: (item: Item) => string) =>
  (a: Item, b: Item) =>
    key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0;

/** A stock answer with its lists in a fixed order, to compare whole. */
const ordered = (stock: any) => ({
  ...stock,
  atLocations: [...stock.atLocations].sort(byKey((p: any) => p.location)),
  inTransit: [...stock.inTransit].sort(byKey((p: any) => p.shipmentId)),
  withCustomers: [...stock.withCustomers].sort(byKey((p: any) => p.customer)),
  consumed: [...stock.consumed].sort(byKey((p: any) => p.intoLot ?? `${p.intoUnit.sku}/${p.intoUnit.serial}`)),
});

const at = (ms: number) => new Date(ms).toISOString();
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Lot-tracked goods over HTTP (issue 16): a flour lot milled, moved to the bakery, made into dough and bread, the
 * bread shipped, partly received and sold to two customers; then the flour recalled, which reaches the bread.
 * Then each rule of the lot state machine as a client meets it, FEFO, time travel and access.
 */
describe('lot quantities over HTTP', () => {
  const suite = startedForSuite();
  let position = 0;
  let coordinator: Client;
  let analyst: Client;

  const track = (body: any) => {
    position = Math.max(position, body?.position ?? 0);
    return body;
  };
  const send = async (client: Client, path: string, body: object, status: number) => track((await client.post(path).send(body).expect(status)).body);
  /** A command as the admin; the answer's body (its position remembered for reads). */
  const post = (path: string, body: object, status = 201) => send(suite.api.http, path, body, status);
  /** The `details.rule` of a refused command, checking it is a 409. */
  const refused = async (path: string, body: object) => (await post(path, body, 409)).details?.rule;
  /** A read that includes every command answered so far. */
  const get = async (path: string, client: Client = suite.api.http) => (await client.get(path).set('X-Min-Position', String(position)).expect(200)).body;
  const stock = async (lotId: string) => {
    const answer = await get(`/v1/lots/${lotId}/stock`);
    expectBalanced(answer);
    return ordered(answer);
  };

  beforeAll(async () => {
    const issue = async (name: string, roles: string[]) => (await suite.api.http.post('/v1/keys').send({ name, roles }).expect(201)).body.key as string;
    coordinator = suite.api.as(await issue('lots-coordinator', ['recall-coordinator']));
    analyst = suite.api.as(await issue('lots-analyst', ['analyst']));
  });

  describe('flour → dough → bread, shipped, partly received, sold, recalled', () => {
    const flourExpiry = at(Date.now() + 180 * DAY);
    let shipmentId: string;
    let recallId: string;
    let beforeRecall: string;

    it('mills flour, moves it to the bakery and makes dough and bread of it', async () => {
      expect(await post('/v1/lots', { lotId: 'FLOUR', sku: 'FLOUR-T55', uom: 'KGM', location: 'MILL', quantity: 100, expiresAt: flourExpiry })).toMatchObject({
        lotId: 'FLOUR',
        revision: 0,
        position: expect.any(Number),
      });
      await post('/v1/lots/FLOUR/moves', { from: 'MILL', to: 'BAKERY', quantity: 60 });
      await post('/v1/lots', { lotId: 'DOUGH', sku: 'DOUGH-WHITE', uom: 'KGM', location: 'BAKERY', quantity: 80 });
      expect(await post('/v1/lots/FLOUR/consumptions', { from: 'BAKERY', quantity: 50, intoLot: 'DOUGH' })).toMatchObject({ lotId: 'FLOUR' });
      await post('/v1/lots', { lotId: 'BREAD', sku: 'BREAD-WHITE', uom: 'EA', location: 'BAKERY', quantity: 200 });
      await post('/v1/lots/DOUGH/consumptions', { from: 'BAKERY', quantity: 70, intoLot: 'BREAD' });
    });

    it('ships bread to a party, which receives part of it, and sells it to two customers', async () => {
      const shipped = await post('/v1/lots/BREAD/shipments', { from: 'BAKERY', to: 'SHOP-CO', quantity: 120 });
      expect(shipped).toMatchObject({ lotId: 'BREAD', shipmentId: expect.any(String), position: expect.any(Number) });
      shipmentId = shipped.shipmentId;
      await post('/v1/lots/BREAD/receipts', { shipmentId, by: 'SHOP-CO', location: 'SHOP', quantity: 100 });
      await post('/v1/lots/BREAD/sales', { from: 'SHOP', customer: 'CUST-A', quantity: 30, receipt: 'R-1' });
      await post('/v1/lots/BREAD/sales', { from: 'SHOP', customer: 'CUST-B', quantity: 20, receipt: 'R-2' });
    });

    it('tells where every kilogram and loaf is', async () => {
      const none = { inTransit: [], withCustomers: [], disposed: 0, lostInTransit: 0, adjusted: 0 };
      expect(await stock('FLOUR')).toEqual({
        ...none,
        lotId: 'FLOUR',
        sku: 'FLOUR-T55',
        uom: 'KGM',
        expiresAt: flourExpiry,
        produced: 100,
        atLocations: [
          { location: 'BAKERY', quantity: 10 },
          { location: 'MILL', quantity: 40 },
        ],
        consumed: [{ intoLot: 'DOUGH', quantity: 50 }],
      });
      // What a lot was made from is in its genealogy, not in its stock.
      expect(await stock('DOUGH')).toEqual({
        ...none,
        lotId: 'DOUGH',
        sku: 'DOUGH-WHITE',
        uom: 'KGM',
        expiresAt: null,
        produced: 80,
        atLocations: [{ location: 'BAKERY', quantity: 10 }],
        consumed: [{ intoLot: 'BREAD', quantity: 70 }],
      });
      expect(await stock('BREAD')).toEqual({
        ...none,
        lotId: 'BREAD',
        sku: 'BREAD-WHITE',
        uom: 'EA',
        expiresAt: null,
        produced: 200,
        atLocations: [
          { location: 'BAKERY', quantity: 80 },
          { location: 'SHOP', quantity: 50 },
        ],
        inTransit: [{ shipmentId, to: 'SHOP-CO', quantity: 20 }],
        withCustomers: [
          { customer: 'CUST-A', quantity: 30 },
          { customer: 'CUST-B', quantity: 20 },
        ],
        consumed: [],
      });
    });

    it('answers the genealogy both ways, at any depth, with quantities in the input’s unit', async () => {
      const bread = await get('/v1/lots/BREAD/genealogy');
      expect(bread.lotId).toBe('BREAD');
      expect(bread.madeFrom).toEqual([
        { from: 'DOUGH', intoLot: 'BREAD', quantity: 70, uom: 'KGM', depth: 1 },
        { from: 'FLOUR', intoLot: 'DOUGH', quantity: 50, uom: 'KGM', depth: 2 },
      ]);
      expect(bread.madeInto).toEqual([]);
      const flour = await get('/v1/lots/FLOUR/genealogy');
      expect(flour.madeFrom).toEqual([]);
      expect(flour.madeInto).toEqual([
        { from: 'FLOUR', intoLot: 'DOUGH', quantity: 50, uom: 'KGM', depth: 1 },
        { from: 'DOUGH', intoLot: 'BREAD', quantity: 70, uom: 'KGM', depth: 2 },
      ]);
      const dough = await get('/v1/lots/DOUGH/genealogy');
      expect(dough.madeFrom).toEqual([{ from: 'FLOUR', intoLot: 'DOUGH', quantity: 50, uom: 'KGM', depth: 1 }]);
      expect(dough.madeInto).toEqual([{ from: 'DOUGH', intoLot: 'BREAD', quantity: 70, uom: 'KGM', depth: 1 }]);
      await suite.api.http.get('/v1/lots/NO-SUCH-LOT/genealogy').expect(404);
    });

    it('recalls the flour: the dough and the bread made from it are held, with the customers to contact', async () => {
      // The instant just before the recall: facts from then are still recorded.
      beforeRecall = at(Date.now());
      await sleep(5);
      const opened = await post('/v1/recalls', { lotIds: ['FLOUR'], reason: 'mycotoxin above limit', severity: 'high' });
      recallId = opened.recallId;
      expect(recallId).toEqual(expect.any(String));
      await eventually(async () => (await get(`/v1/recalls/${recallId}`)).affectedLots === 3, 10_000);
      const progress = await get(`/v1/recalls/${recallId}`);
      expect(progress).toMatchObject({ state: 'open', lotIds: ['FLOUR'], severity: 'high', affectedLots: 3, outstandingLots: 3, affected: 0, moreLots: null });
      expect(progress.lots.map((lot: any) => lot.lotId)).toEqual(['BREAD', 'DOUGH', 'FLOUR']);
      const bread = progress.lots[0];
      expect(bread).toMatchObject({
        recallId,
        lotId: 'BREAD',
        sku: 'BREAD-WHITE',
        uom: 'EA',
        state: 'outstanding',
        action: null,
        resolvedAt: null,
        heldAt: expect.any(String),
        inTransit: [{ shipmentId, to: 'SHOP-CO', quantity: 20 }],
        recovered: { returned: 0, disposed: 0 },
        outstanding: 200,
      });
      expect([...bread.withCustomers].sort(byKey((c: any) => c.customer))).toEqual([
        { customer: 'CUST-A', quantity: 30 },
        { customer: 'CUST-B', quantity: 20 },
      ]);
      expect([...bread.atLocations].sort(byKey((c: any) => c.location))).toEqual([
        { location: 'BAKERY', quantity: 80 },
        { location: 'SHOP', quantity: 50 },
      ]);
      expect(progress.lots[1]).toMatchObject({ lotId: 'DOUGH', uom: 'KGM', atLocations: [{ location: 'BAKERY', quantity: 10 }], outstanding: 10 });
      expect(progress.lots[2]).toMatchObject({ lotId: 'FLOUR', uom: 'KGM', outstanding: 50, withCustomers: [], inTransit: [] });
      const pageOfLots = await get(`/v1/recalls/${recallId}/lots?limit=2`);
      expect(pageOfLots.items.map((lot: any) => lot.lotId)).toEqual(['BREAD', 'DOUGH']);
      expect(pageOfLots.nextCursor).toEqual(expect.any(String));
    });

    it('lists the recall’s lots as CSV, one line per lot and place', async () => {
      const csv = await suite.api.http.get(`/v1/recalls/${recallId}/lots.csv`).set('X-Min-Position', String(position)).expect(200);
      expect(csv.headers['content-type']).toMatch(/text\/csv/);
      const lines = csv.text.trim().split('\r\n');
      expect(lines[0]).toBe('recallId,lotId,sku,uom,state,action,place,location,shipmentId,party,quantity,returned,disposed,resolvedAt,note');
      expect(lines.slice(1).sort()).toEqual(
        [
          `${recallId},BREAD,BREAD-WHITE,EA,outstanding,,location,BAKERY,,,80,0,0,,`,
          `${recallId},BREAD,BREAD-WHITE,EA,outstanding,,location,SHOP,,,50,0,0,,`,
          `${recallId},BREAD,BREAD-WHITE,EA,outstanding,,in_transit,,${shipmentId},SHOP-CO,20,0,0,,`,
          `${recallId},BREAD,BREAD-WHITE,EA,outstanding,,customer,,,CUST-A,30,0,0,,`,
          `${recallId},BREAD,BREAD-WHITE,EA,outstanding,,customer,,,CUST-B,20,0,0,,`,
          `${recallId},DOUGH,DOUGH-WHITE,KGM,outstanding,,location,BAKERY,,,10,0,0,,`,
          `${recallId},FLOUR,FLOUR-T55,KGM,outstanding,,location,BAKERY,,,10,0,0,,`,
          `${recallId},FLOUR,FLOUR-T55,KGM,outstanding,,location,MILL,,,40,0,0,,`,
        ].sort(),
      );
    });

    it('refuses to sell, ship or use held lots, naming the recall — but records facts from before the recall', async () => {
      const sale = await post('/v1/lots/BREAD/sales', { from: 'SHOP', customer: 'CUST-C', quantity: 1, receipt: 'R-3' }, 409);
      expect(sale).toMatchObject({ details: { rule: 'quarantined' }, message: expect.stringContaining(recallId) });
      const shipment = await post('/v1/lots/BREAD/shipments', { from: 'BAKERY', to: 'SHOP-CO', quantity: 1 }, 409);
      expect(shipment).toMatchObject({ details: { rule: 'quarantined' }, message: expect.stringContaining(recallId) });
      await post('/v1/lots', { lotId: 'ROLLS', sku: 'ROLLS', uom: 'EA', location: 'BAKERY', quantity: 10 });
      expect(await refused('/v1/lots/DOUGH/consumptions', { from: 'BAKERY', quantity: 1, intoLot: 'ROLLS' })).toBe('quarantined');
      expect(await refused('/v1/lots/FLOUR/shipments', { from: 'MILL', to: 'OTHER-MILL', quantity: 1 })).toBe('quarantined');
      // A till syncing late: this loaf was sold before the recall.
      await post('/v1/lots/BREAD/sales', { from: 'SHOP', customer: 'CUST-B', quantity: 1, receipt: 'R-0', occurredAt: beforeRecall });
      expect((await stock('BREAD')).withCustomers).toEqual([
        { customer: 'CUST-A', quantity: 30 },
        { customer: 'CUST-B', quantity: 21 },
      ]);
    });

    it('allows moves, returns, adjustments and disposals of held stock, and counts what was recovered', async () => {
      await post('/v1/lots/BREAD/moves', { from: 'SHOP', to: 'QUARANTINE-CAGE', quantity: 49 });
      await post('/v1/lots/BREAD/returns', { customer: 'CUST-A', location: 'QUARANTINE-CAGE', quantity: 30, reason: 'recall' });
      await post('/v1/lots/BREAD/adjustments', { location: 'BAKERY', quantity: -2, reason: 'count correction' });
      await post('/v1/lots/BREAD/disposals', { from: 'QUARANTINE-CAGE', quantity: 79, reason: 'recall' });
      await post('/v1/lots/FLOUR/disposals', { from: 'MILL', quantity: 40, reason: 'recall' });
      expect(await stock('BREAD')).toMatchObject({
        atLocations: [{ location: 'BAKERY', quantity: 78 }],
        withCustomers: [{ customer: 'CUST-B', quantity: 21 }],
        inTransit: [{ shipmentId, quantity: 20 }],
        disposed: 79,
        adjusted: -2,
      });
      const lots = (await get(`/v1/recalls/${recallId}`)).lots;
      expect(lots.find((lot: any) => lot.lotId === 'BREAD')).toMatchObject({ recovered: { returned: 30, disposed: 79 }, outstanding: 119 });
      expect(lots.find((lot: any) => lot.lotId === 'FLOUR')).toMatchObject({ recovered: { returned: 0, disposed: 40 }, outstanding: 10 });
    });

    it('catches late lineage: flour consumed before the recall, recorded after it, holds the lot made', async () => {
      await post('/v1/lots', { lotId: 'CAKE', sku: 'CAKE', uom: 'EA', location: 'BAKERY', quantity: 12 });
      await post('/v1/lots/FLOUR/consumptions', { from: 'BAKERY', quantity: 2, intoLot: 'CAKE', occurredAt: beforeRecall });
      await eventually(async () => (await get(`/v1/recalls/${recallId}`)).affectedLots === 4, 10_000);
      expect(await refused('/v1/lots/CAKE/sales', { from: 'BAKERY', customer: 'CUST-C', quantity: 1, receipt: 'R-4' })).toBe('quarantined');
    });

    it('closes only once every lot is resolved, each lot resolved once, by a recall coordinator', async () => {
      const close = `/v1/recalls/${recallId}/close`;
      expect((await post(close, {}, 409)).details).toEqual({ rule: 'lots-outstanding' });
      const resolve = (lotId: string, action: string, status = 201) =>
        send(coordinator, `/v1/recalls/${recallId}/lots/${lotId}/resolution`, { action, note: `${lotId} ${action}` }, status);
      await resolve('BREAD', 'returned');
      expect((await resolve('BREAD', 'destroyed', 409)).details).toEqual({ rule: 'resolved-once' });
      await resolve('DOUGH', 'destroyed');
      await resolve('FLOUR', 'destroyed');
      expect((await resolve('ROLLS', 'released', 409)).details).toEqual({ rule: 'held-by-recall' });
      expect((await send(coordinator, close, {}, 409)).details).toEqual({ rule: 'lots-outstanding' });
      await resolve('CAKE', 'released');
      const progress = await get(`/v1/recalls/${recallId}`);
      expect(progress).toMatchObject({ affectedLots: 4, outstandingLots: 0 });
      expect(progress.lots.find((lot: any) => lot.lotId === 'BREAD')).toMatchObject({
        state: 'resolved',
        action: 'returned',
        note: 'BREAD returned',
        resolvedAt: expect.any(String),
        outstanding: 0,
      });
      expect(await send(coordinator, close, {}, 200)).toMatchObject({ recallId, outstanding: 0, outstandingLots: 0 });
      expect(await get(`/v1/recalls/${recallId}`)).toMatchObject({ state: 'closed', forced: false });
      // A released lot is free again.
      await post('/v1/lots/CAKE/sales', { from: 'BAKERY', customer: 'CUST-C', quantity: 1, receipt: 'R-5' });
    });
  });

  describe('the rules of a lot’s quantities', () => {
    it('refuses what is not there: insufficient-quantity, and an adjustment below zero', async () => {
      await post('/v1/lots', { lotId: 'SUGAR-1', sku: 'SUGAR', uom: 'KGM', location: 'WH-R', quantity: 40 });
      expect(await refused('/v1/lots/SUGAR-1/moves', { from: 'WH-R', to: 'WH-S', quantity: 40.000001 })).toBe('insufficient-quantity');
      expect(await refused('/v1/lots/SUGAR-1/moves', { from: 'NOWHERE', to: 'WH-S', quantity: 1 })).toBe('insufficient-quantity');
      expect(await refused('/v1/lots/SUGAR-1/sales', { from: 'WH-R', customer: 'C', quantity: 41, receipt: 'R' })).toBe('insufficient-quantity');
      expect(await refused('/v1/lots/SUGAR-1/shipments', { from: 'WH-R', to: 'P', quantity: 41 })).toBe('insufficient-quantity');
      expect(await refused('/v1/lots/SUGAR-1/disposals', { from: 'WH-R', quantity: 41, reason: 'spilt' })).toBe('insufficient-quantity');
      expect(await refused('/v1/lots/SUGAR-1/adjustments', { location: 'WH-R', quantity: -40.5, reason: 'count' })).toBe('insufficient-quantity');
      await post('/v1/lots/SUGAR-1/adjustments', { location: 'WH-R', quantity: 0.5, reason: 'count' });
      await post('/v1/lots/SUGAR-1/adjustments', { location: 'WH-R', quantity: -40.5, reason: 'count' });
      expect(await stock('SUGAR-1')).toMatchObject({ produced: 40, adjusted: -40, atLocations: [] });
      await post('/v1/lots/SUGAR-1/moves', { from: 'WH-R', to: 'WH-S', quantity: 1 }, 409);
    });

    it('counts a lot said in no unit in its product’s unit, and in EA when its product is not registered', async () => {
      await post('/v1/products', { sku: 'SYRUP', name: 'Syrup', uom: 'KGM' });
      await post('/v1/lots', { lotId: 'SYRUP-1', sku: 'SYRUP', location: 'WH-H', quantity: 12.5 });
      await post('/v1/lots', { lotId: 'WAX-1', sku: 'WAX', location: 'WH-H', quantity: 3 });
      expect(await get('/v1/lots/SYRUP-1')).toMatchObject({ sku: 'SYRUP', uom: 'KGM', quantity: 12.5 });
      expect(await get('/v1/lots/WAX-1')).toMatchObject({ sku: 'WAX', uom: 'EA' });
    });

    it('counts exact decimals: 0.1 + 0.2 moved from 0.3 leaves nothing; 7 fraction digits are refused', async () => {
      await post('/v1/lots', { lotId: 'SALT-1', sku: 'SALT', uom: 'KGM', location: 'WH-D', quantity: 0.3 });
      await post('/v1/lots/SALT-1/moves', { from: 'WH-D', to: 'WH-E', quantity: 0.1 });
      await post('/v1/lots/SALT-1/moves', { from: 'WH-D', to: 'WH-E', quantity: 0.2 });
      expect((await stock('SALT-1')).atLocations).toEqual([{ location: 'WH-E', quantity: 0.3 }]);
      expect((await get('/v1/locations/WH-D/lots')).items).toEqual([]);
      expect(await refused('/v1/lots/SALT-1/moves', { from: 'WH-D', to: 'WH-E', quantity: 0.000001 })).toBe('insufficient-quantity');
      for (const [path, body] of [
        ['/v1/lots/SALT-1/moves', { from: 'WH-E', to: 'WH-D', quantity: 0.1234567 }],
        ['/v1/lots', { lotId: 'SALT-2', sku: 'SALT', location: 'WH-D', quantity: 0.0000001 }],
        ['/v1/lots/SALT-1/adjustments', { location: 'WH-E', quantity: -0.1000001, reason: 'count' }],
        ['/v1/lots/SALT-1/moves', { from: 'WH-E', to: 'WH-D', quantity: '0.1' }],
        ['/v1/lots/SALT-1/moves', { from: 'WH-E', to: 'WH-D', quantity: 0 }],
      ] as const) {
        const answer = await post(path, body, 400);
        expect(answer.details).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'quantity' })]));
      }
      await post('/v1/lots', { lotId: 'SALT-3', sku: 'SALT', uom: 'kg', location: 'WH-D', quantity: 1 }, 400);
      await suite.api.http.get('/v1/lots/SALT-2/stock').expect(404);
      // A quantity with 6 fraction digits is exact.
      await post('/v1/lots/SALT-1/moves', { from: 'WH-E', to: 'WH-D', quantity: 0.123456 });
      expect((await stock('SALT-1')).atLocations).toEqual([
        { location: 'WH-D', quantity: 0.123456 },
        { location: 'WH-E', quantity: 0.176544 },
      ]);
    });

    it('receives shipments in part, never more than shipped; closing one writes off what never came as lost in transit', async () => {
      await post('/v1/lots', { lotId: 'OIL-1', sku: 'OIL', uom: 'LTR', location: 'WH-O', quantity: 30 });
      const { shipmentId } = await post('/v1/lots/OIL-1/shipments', { from: 'WH-O', to: 'DEPOT', quantity: 10, shipmentId: 'ASN-1' });
      expect(shipmentId).toBe('ASN-1');
      await post('/v1/lots/OIL-1/receipts', { shipmentId, by: 'DEPOT', location: 'DEPOT-1', quantity: 6 });
      expect(await refused('/v1/lots/OIL-1/receipts', { shipmentId, by: 'DEPOT', location: 'DEPOT-1', quantity: 4.5 })).toBe('receipt-exceeds-shipment');
      await post('/v1/lots/OIL-1/receipts', { shipmentId, by: 'DEPOT', location: 'DEPOT-1', quantity: 2.5 });
      expect((await stock('OIL-1')).inTransit).toEqual([{ shipmentId, to: 'DEPOT', quantity: 1.5 }]);
      await post(`/v1/lots/OIL-1/shipments/${shipmentId}/close`, { reason: 'carrier lost a canister' });
      expect(await stock('OIL-1')).toMatchObject({
        produced: 30,
        atLocations: [
          { location: 'DEPOT-1', quantity: 8.5 },
          { location: 'WH-O', quantity: 20 },
        ],
        inTransit: [],
        lostInTransit: 1.5,
      });
      expect(await refused('/v1/lots/OIL-1/receipts', { shipmentId, by: 'DEPOT', location: 'DEPOT-1', quantity: 1 })).toBe('shipment-closed');
      await post('/v1/lots/OIL-1/receipts', { shipmentId: 'ASN-UNKNOWN', by: 'DEPOT', location: 'DEPOT-1', quantity: 1 }, 404);
    });

    it('refuses shipping and selling an expired lot, which may still be registered and destroyed', async () => {
      const expiresAt = at(Date.now() - HOUR);
      await post('/v1/lots', { lotId: 'MILK-OLD', sku: 'MILK', uom: 'LTR', location: 'COLD', quantity: 10, producedAt: at(Date.now() - 5 * DAY), expiresAt });
      const sale = await post('/v1/lots/MILK-OLD/sales', { from: 'COLD', customer: 'CUST-E', quantity: 1, receipt: 'R-E1', occurredAt: expiresAt }, 409);
      expect(sale).toMatchObject({ details: { rule: 'expired' }, message: expect.stringContaining('MILK-OLD') });
      expect(await refused('/v1/lots/MILK-OLD/shipments', { from: 'COLD', to: 'DEPOT', quantity: 1 })).toBe('expired');
      // Sold a minute before it expired, recorded now.
      await post('/v1/lots/MILK-OLD/sales', { from: 'COLD', customer: 'CUST-E', quantity: 1, receipt: 'R-E0', occurredAt: at(Date.parse(expiresAt) - 60_000) });
      await post('/v1/lots/MILK-OLD/moves', { from: 'COLD', to: 'WASTE', quantity: 4 });
      await post('/v1/lots/MILK-OLD/disposals', { from: 'WASTE', quantity: 4, reason: 'expired' });
      expect(await stock('MILK-OLD')).toMatchObject({
        expiresAt,
        atLocations: [{ location: 'COLD', quantity: 5 }],
        withCustomers: [{ customer: 'CUST-E', quantity: 1 }],
        disposed: 4,
      });
    });

    it('takes back what a customer holds, never more (return-exceeds-sale)', async () => {
      await post('/v1/lots', { lotId: 'HONEY-1', sku: 'HONEY', uom: 'KGM', location: 'SHOP-H', quantity: 10 });
      await post('/v1/lots/HONEY-1/sales', { from: 'SHOP-H', customer: 'CUST-H', quantity: 5, receipt: 'R-H1' });
      const rule = await refused('/v1/lots/HONEY-1/returns', { customer: 'CUST-H', location: 'SHOP-H', quantity: 5.5, reason: 'changed mind' });
      expect(rule).toBe('return-exceeds-sale');
      expect(await refused('/v1/lots/HONEY-1/returns', { customer: 'CUST-X', location: 'SHOP-H', quantity: 1, reason: 'never bought' })).toBe(
        'return-exceeds-sale',
      );
      await post('/v1/lots/HONEY-1/returns', { customer: 'CUST-H', location: 'RETURNS', quantity: 2, reason: 'broken jar' });
      expect(await stock('HONEY-1')).toMatchObject({
        atLocations: [
          { location: 'RETURNS', quantity: 2 },
          { location: 'SHOP-H', quantity: 5 },
        ],
        withCustomers: [{ customer: 'CUST-H', quantity: 3 }],
      });
    });
  });

  describe('serialised lots keep their word', () => {
    const producedAt = at(Date.now() - DAY);

    it('takes no more serials than its declared quantity', async () => {
      await post('/v1/lots', { lotId: 'VALVES-1', sku: 'VALVE', quantity: 2, producedAt });
      await post('/v1/units', { sku: 'VALVE', serial: 'v1', lotId: 'VALVES-1', location: 'WH-V' });
      await post('/v1/units', { sku: 'VALVE', serial: 'v2', lotId: 'VALVES-1', location: 'WH-V' });
      expect(await refused('/v1/units', { sku: 'VALVE', serial: 'v3', lotId: 'VALVES-1', location: 'WH-V' })).toBe('lot-quantity-exceeded');
      await suite.api.http.get('/v1/units/VALVE/v3').set('X-Min-Position', String(position)).expect(404);
      // Serials never draw a serialised lot's stock down: it has none.
      expect(await stock('VALVES-1')).toMatchObject({ produced: 0, atLocations: [], consumed: [] });
    });

    it('refuses a batch that would cross it, whole', async () => {
      await post('/v1/lots', { lotId: 'VALVES-2', sku: 'VALVE', quantity: 2, producedAt });
      await post('/v1/units', { sku: 'VALVE', serial: 'w1', lotId: 'VALVES-2', location: 'WH-V' });
      expect(await refused('/v1/units/batch', { sku: 'VALVE', lotId: 'VALVES-2', location: 'WH-V', serials: ['w2', 'w3'] })).toBe('lot-quantity-exceeded');
      for (const serial of ['w2', 'w3']) await suite.api.http.get(`/v1/units/VALVE/${serial}`).set('X-Min-Position', String(position)).expect(404);
      expect((await get('/v1/lots/VALVES-2/units')).items.map((unit: any) => unit.serial)).toEqual(['w1']);
      expect(await post('/v1/units/batch', { sku: 'VALVE', lotId: 'VALVES-2', location: 'WH-V', serials: ['w2'] })).toMatchObject({
        assigned: 1,
        conflicts: [],
      });
    });

    it('refuses a serial dated before the lot was produced, naming both times', async () => {
      await post('/v1/lots', { lotId: 'VALVES-3', sku: 'VALVE', quantity: 5, producedAt });
      const occurredAt = at(Date.now() - 2 * DAY);
      const answer = await post('/v1/units', { sku: 'VALVE', serial: 'early', lotId: 'VALVES-3', location: 'WH-V', occurredAt }, 422);
      expect(answer.message).toContain(occurredAt);
      expect(answer.message).toContain(producedAt);
    });

    it('does not assign, sell or ship units of an expired lot', async () => {
      const expiresAt = at(Date.now() - HOUR);
      await post('/v1/lots', { lotId: 'VALVES-OLD', sku: 'VALVE', producedAt: at(Date.now() - 3 * HOUR), expiresAt });
      await post('/v1/units', { sku: 'VALVE', serial: 'old-1', lotId: 'VALVES-OLD', location: 'WH-V', occurredAt: at(Date.now() - 2 * HOUR) });
      expect(await refused('/v1/units/VALVE/old-1/sale', { customer: 'CUST-V', receipt: 'R-V1' })).toBe('expired');
      expect(await refused('/v1/units/VALVE/old-1/shipments', { to: 'DEPOT' })).toBe('expired');
      expect(await refused('/v1/units', { sku: 'VALVE', serial: 'old-2', lotId: 'VALVES-OLD', location: 'WH-V' })).toBe('expired');
    });

    it('takes material from a lot with stock only with `from`, and draws its stock down', async () => {
      await post('/v1/lots', { lotId: 'GLUE-1', sku: 'GLUE', uom: 'KGM', location: 'LINE-1', quantity: 5 });
      await post('/v1/units', { sku: 'PUMP', serial: 'P-1', location: 'LINE-1' });
      const answer = await post('/v1/units/PUMP/P-1/consumed-lots', { lotId: 'GLUE-1', quantity: 0.25 }, 400);
      expect(answer.details).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'from' })]));
      await post('/v1/units/PUMP/P-1/consumed-lots', { lotId: 'GLUE-1', quantity: 0.25, from: 'LINE-1' });
      expect(await stock('GLUE-1')).toMatchObject({
        atLocations: [{ location: 'LINE-1', quantity: 4.75 }],
        consumed: [{ intoUnit: { sku: 'PUMP', serial: 'P-1' }, quantity: 0.25 }],
      });
      // The same fact by the lot's route: one entry per target.
      await post('/v1/lots/GLUE-1/consumptions', { from: 'LINE-1', quantity: 0.5, intoUnit: { sku: 'PUMP', serial: 'P-1' } });
      expect((await stock('GLUE-1')).consumed).toEqual([{ intoUnit: { sku: 'PUMP', serial: 'P-1' }, quantity: 0.75 }]);
      expect(await refused('/v1/units/PUMP/P-1/consumed-lots', { lotId: 'GLUE-1', quantity: 5, from: 'LINE-1' })).toBe('insufficient-quantity');
      expect((await get('/v1/lots/GLUE-1/genealogy')).madeInto).toEqual([
        { from: 'GLUE-1', intoUnit: { sku: 'PUMP', serial: 'P-1' }, quantity: 0.75, uom: 'KGM', depth: 1 },
      ]);
    });
  });

  describe('lots at a location, first expired first out', () => {
    const inDays = (days: number) => at(Date.now() + days * DAY);
    const lots = async (query = '') => get(`/v1/locations/FEFO-WH/lots${query}`);
    const ids = (page: any) => page.items.map((item: any) => item.lotId);

    it('lists the lots with stock there, soonest expiry first, lots without expiry last', async () => {
      const inFiveDays = inDays(5).slice(0, 10); // a date: midnight UTC
      await post('/v1/lots', { lotId: 'F-A', sku: 'MILK', uom: 'LTR', location: 'FEFO-WH', quantity: 5, expiresAt: inDays(30) });
      await post('/v1/lots', { lotId: 'F-B', sku: 'MILK', uom: 'LTR', location: 'FEFO-WH', quantity: 6, expiresAt: inDays(10) });
      await post('/v1/lots', { lotId: 'F-C', sku: 'SALT', uom: 'KGM', location: 'FEFO-WH', quantity: 7 });
      await post('/v1/lots', { lotId: 'F-D', sku: 'SALT', uom: 'KGM', location: 'FEFO-WH', quantity: 8, expiresAt: inDays(20) });
      await post('/v1/lots', { lotId: 'F-E', sku: 'MILK', uom: 'LTR', location: 'FEFO-WH', quantity: 9, expiresAt: inFiveDays });
      await post('/v1/lots', { lotId: 'F-F', sku: 'MILK', uom: 'LTR', location: 'ELSEWHERE', quantity: 1, expiresAt: inDays(1) });
      const page = await lots();
      expect(ids(page)).toEqual(['F-E', 'F-B', 'F-D', 'F-A', 'F-C']);
      expect(page.items[0]).toMatchObject({ lotId: 'F-E', sku: 'MILK', uom: 'LTR', quantity: 9 });
      expect(Date.parse(page.items[0].expiresAt)).toBe(Date.parse(`${inFiveDays}T00:00:00Z`));
      expect(page.items[4]).toEqual({ lotId: 'F-C', sku: 'SALT', uom: 'KGM', quantity: 7, expiresAt: null });
      expect(page.nextCursor).toBeNull();
    });

    it('filters by SKU and by expiry', async () => {
      expect(ids(await lots('?sku=MILK'))).toEqual(['F-E', 'F-B', 'F-A']);
      expect(ids(await lots(`?expiringBefore=${encodeURIComponent(inDays(15))}`))).toEqual(['F-E', 'F-B']);
      expect(ids(await lots(`?sku=SALT&expiringBefore=${encodeURIComponent(inDays(25))}`))).toEqual(['F-D']);
      await suite.api.http.get('/v1/locations/FEFO-WH/lots?expiringBefore=soon').expect(400);
    });

    it('pages with limit and cursor, each lot once', async () => {
      const seen: string[][] = [];
      let cursor: string | null = null;
      do {
        const page: any = await lots(`?limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
        seen.push(ids(page));
        cursor = page.nextCursor;
      } while (cursor !== null && seen.length < 10);
      expect(seen).toEqual([['F-E', 'F-B'], ['F-D', 'F-A'], ['F-C']]);
    });

    it('drops a lot whose stock there reached 0', async () => {
      await post('/v1/lots/F-B/moves', { from: 'FEFO-WH', to: 'ELSEWHERE', quantity: 6 });
      await post('/v1/lots/F-E/sales', { from: 'FEFO-WH', customer: 'CUST-F', quantity: 4, receipt: 'R-F1' });
      const page = await lots();
      expect(ids(page)).toEqual(['F-E', 'F-D', 'F-A', 'F-C']);
      expect(page.items[0].quantity).toBe(5);
      expect(ids(await get('/v1/locations/ELSEWHERE/lots'))).toEqual(['F-F', 'F-B']);
    });
  });

  describe('time travel and read-your-writes', () => {
    it('answers the stock as it was at an instant between two changes', async () => {
      await post('/v1/lots', { lotId: 'RICE-1', sku: 'RICE', uom: 'KGM', location: 'WH-T', quantity: 10 });
      await post('/v1/lots/RICE-1/moves', { from: 'WH-T', to: 'WH-U', quantity: 4 });
      await sleep(20);
      const between = new Date().toISOString();
      await sleep(20);
      await post('/v1/lots/RICE-1/moves', { from: 'WH-T', to: 'WH-U', quantity: 3 });
      await post('/v1/lots/RICE-1/sales', { from: 'WH-U', customer: 'CUST-T', quantity: 1, receipt: 'R-T1' });
      const then = await get(`/v1/lots/RICE-1/stock?asOf=${encodeURIComponent(between)}`);
      expectBalanced(then);
      expect(ordered(then)).toMatchObject({
        lotId: 'RICE-1',
        uom: 'KGM',
        produced: 10,
        atLocations: [
          { location: 'WH-T', quantity: 6 },
          { location: 'WH-U', quantity: 4 },
        ],
        withCustomers: [],
      });
      expect(await stock('RICE-1')).toMatchObject({
        atLocations: [
          { location: 'WH-T', quantity: 3 },
          { location: 'WH-U', quantity: 6 },
        ],
        withCustomers: [{ customer: 'CUST-T', quantity: 1 }],
      });
      // As we knew it then: the same instant as a knownAt.
      expect(ordered(await get(`/v1/lots/RICE-1/stock?knownAt=${encodeURIComponent(between)}`)).atLocations).toEqual(ordered(then).atLocations);
      await suite.api.http.get(`/v1/lots/RICE-1/stock?asOf=${encodeURIComponent(at(Date.now() - DAY))}`).expect(404);
    });

    it('answers a location’s lots and a lot’s genealogy as they were then', async () => {
      await post('/v1/lots', { lotId: 'OATS-1', sku: 'OATS', uom: 'KGM', location: 'SILO-T', quantity: 5 });
      await post('/v1/lots', { lotId: 'MUESLI-1', sku: 'MUESLI', uom: 'KGM', location: 'PACK-T', quantity: 8 });
      await sleep(20);
      const before = new Date().toISOString();
      await sleep(20);
      await post('/v1/lots/OATS-1/moves', { from: 'SILO-T', to: 'PACK-T', quantity: 5 });
      await post('/v1/lots/OATS-1/consumptions', { from: 'PACK-T', quantity: 2, intoLot: 'MUESLI-1' });
      const then = `asOf=${encodeURIComponent(before)}`;
      // Now the oats left the silo; then they were all there, and nothing was made of them yet.
      expect((await get('/v1/locations/SILO-T/lots')).items).toEqual([]);
      expect((await get(`/v1/locations/SILO-T/lots?${then}`)).items).toEqual([{ lotId: 'OATS-1', sku: 'OATS', uom: 'KGM', quantity: 5, expiresAt: null }]);
      expect((await get(`/v1/locations/PACK-T/lots?knownAt=${encodeURIComponent(before)}`)).items.map((lot: any) => lot.lotId)).toEqual(['MUESLI-1']);
      const link = { from: 'OATS-1', intoLot: 'MUESLI-1', quantity: 2, uom: 'KGM', depth: 1 };
      expect(await get('/v1/lots/MUESLI-1/genealogy')).toEqual({ lotId: 'MUESLI-1', madeFrom: [link], madeInto: [] });
      expect(await get(`/v1/lots/MUESLI-1/genealogy?asOf=${encodeURIComponent(new Date().toISOString())}`)).toEqual({
        lotId: 'MUESLI-1',
        madeFrom: [link],
        madeInto: [],
      });
      expect(await get(`/v1/lots/MUESLI-1/genealogy?${then}`)).toEqual({ lotId: 'MUESLI-1', madeFrom: [], madeInto: [] });
      expect(await get(`/v1/lots/OATS-1/genealogy?${then}`)).toEqual({ lotId: 'OATS-1', madeFrom: [], madeInto: [] });
      await suite.api.http.get(`/v1/lots/MUESLI-1/genealogy?asOf=${encodeURIComponent(at(Date.now() - DAY))}`).expect(404);
    });

    it('includes a command in the next read given the position it answered', async () => {
      const moved = await suite.api.http.post('/v1/lots/RICE-1/moves').send({ from: 'WH-U', to: 'WH-T', quantity: 6 }).expect(201);
      expect(moved.body).toMatchObject({ lotId: 'RICE-1', position: expect.any(Number) });
      const read = await suite.api.http.get('/v1/lots/RICE-1/stock').set('X-Min-Position', String(moved.body.position)).expect(200);
      expect(read.body.atLocations).toEqual([{ location: 'WH-T', quantity: 9 }]);
    });
  });

  describe('access', () => {
    it('lets an analyst read stock but not move it', async () => {
      await analyst.post('/v1/lots/RICE-1/moves').send({ from: 'WH-T', to: 'WH-U', quantity: 1 }).expect(403);
      const read = await analyst.get('/v1/lots/RICE-1/stock').set('X-Min-Position', String(position)).expect(200);
      expect(read.body.atLocations).toEqual([{ location: 'WH-T', quantity: 9 }]);
      await analyst.get('/v1/locations/WH-T/lots').expect(200);
      await analyst.get('/v1/lots/RICE-1/genealogy').expect(200);
      await analyst.post('/v1/lots/RICE-1/adjustments').send({ location: 'WH-T', quantity: 1, reason: 'x' }).expect(403);
      await coordinator.post('/v1/lots/RICE-1/moves').send({ from: 'WH-T', to: 'WH-U', quantity: 1 }).expect(403);
    });
  });
});
