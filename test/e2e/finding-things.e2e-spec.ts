import { Client, startedForSuite } from './api';

/* eslint-disable @typescript-eslint/no-explicit-any -- supertest answers untyped bodies; each test asserts the shape it expects */

const DAY = 24 * 3_600_000;
const daysAgo = (days: number) => new Date(Date.now() - days * DAY).toISOString();
const ids = (page: any, field: string) => page.items.map((item: any) => item[field]);
const units = (page: any) => page.items.map((unit: any) => `${unit.sku}/${unit.serial}`);

/**
 * Lists and filters (issue 17) over HTTP: recalls, lots, units and containers found without knowing their ids,
 * each filter alone and combined, the 400s that name what is allowed, paging, and a list paged while it changes.
 */
describe('finding things over HTTP', () => {
  const suite = startedForSuite();
  let position = 0;
  let analyst: Client;

  const post = async (path: string, body: object, status = 201) => {
    const sent = await suite.api.http.post(path).send(body);
    if (sent.status !== status) throw new Error(`${path} ${JSON.stringify(body)}: ${sent.status} ${JSON.stringify(sent.body)}`);
    const answer = sent.body;
    position = Math.max(position, answer?.position ?? 0);
    return answer;
  };
  /** A read that includes every command answered so far, as any role may make it. */
  const get = async (path: string, client: Client = analyst) => (await client.get(path).set('X-Min-Position', String(position)).expect(200)).body;
  const refused = async (path: string) => (await analyst.get(path).expect(400)).body;

  let beforeSale = '';

  beforeAll(async () => {
    const key = (
      await suite.api.http
        .post('/v1/keys')
        .send({ name: 'finder', roles: ['analyst'] })
        .expect(201)
    ).body.key as string;
    analyst = suite.api.as(key);
    await post('/v1/lots', { lotId: 'L-A', sku: 'FLOUR', site: 'MILL-1', producedAt: '2026-11-01', expiresAt: '2027-02-01', quantity: 10, location: 'MILL-1' });
    await post('/v1/lots', { lotId: 'L-B', sku: 'FLOUR', site: 'MILL-2', producedAt: '2026-11-10', expiresAt: '2027-01-15' });
    await post('/v1/lots', { lotId: 'L-C', sku: 'SUGAR', site: 'MILL-1', producedAt: '2026-10-01' });
    await post('/v1/lots', { lotId: 'L-D', sku: 'FLOUR', site: 'MILL-1', producedAt: '2026-11-20T08:00:00+02:00', expiresAt: '2027-01-15T01:00:00+01:00' });
    await post('/v1/lots', { lotId: 'L-P', sku: 'PUMP' });
    await post('/v1/units/batch', { sku: 'PUMP', lotId: 'L-P', location: 'WH-A', serials: ['p1', 'p2', 'p3', 'p4'] });
    await post('/v1/units', { sku: 'CAR', serial: 'v1', location: 'PLANT' });
    await post('/v1/units/CAR/v1/components', { sku: 'PUMP', serial: 'p2' });
    beforeSale = new Date().toISOString();
    await new Promise((resolve) => setTimeout(resolve, 5));
    await post('/v1/units/CAR/v1/sale', { customer: 'ACME', receipt: 'INV-1' });
    await post('/v1/units/PUMP/p1/sale', { customer: 'ACME', receipt: 'INV-2' });
    await post('/v1/units/PUMP/p3/shipments', { to: 'DC-EAST' });
    await post('/v1/containers', { containerId: 'CASE-1', location: 'WH-A' });
    await post('/v1/containers', { containerId: 'CASE-2', location: 'WH-B' });
    await post('/v1/containers', { containerId: 'CASE-3', location: 'WH-A' });
    await post('/v1/containers/CASE-3/shipments', { to: 'DC-EAST' });
    await post('/v1/recalls', { recallId: 'RC-1', lotIds: ['L-P'], reason: 'seal', severity: 'high', occurredAt: daysAgo(3) });
    await post('/v1/recalls', { recallId: 'RC-2', lotIds: ['L-A'], reason: 'moisture', severity: 'low', occurredAt: daysAgo(2) });
    await post('/v1/recalls', { recallId: 'RC-3', units: [{ sku: 'CAR', serial: 'v1' }], reason: 'brakes', severity: 'critical', occurredAt: daysAgo(2) });
    await post('/v1/recalls/RC-2/close', { reason: 'withdrawn', force: true }, 200);
  });

  describe('GET /v1/recalls', () => {
    it('lists recalls newest first, ties by id, with the fields of the single recall', async () => {
      const page = await get('/v1/recalls');
      expect(ids(page, 'recallId')).toEqual(['RC-3', 'RC-2', 'RC-1']);
      const single = await get('/v1/recalls/RC-1');
      expect(page.items[2]).toEqual(Object.fromEntries(Object.keys(page.items[2]).map((field) => [field, single[field]])));
      expect(page.items[2]).toMatchObject({ recallId: 'RC-1', state: 'open', lotIds: ['L-P'], forced: null });
    });

    it('filters by state, by a lot it holds and by when it was opened', async () => {
      expect(ids(await get('/v1/recalls?state=open'), 'recallId')).toEqual(['RC-3', 'RC-1']);
      expect(ids(await get('/v1/recalls?state=closed'), 'recallId')).toEqual(['RC-2']);
      expect(ids(await get('/v1/recalls?lotId=L-P'), 'recallId')).toEqual(['RC-1']);
      expect(ids(await get('/v1/recalls?lotId=L-A&state=open'), 'recallId')).toEqual([]);
      expect(ids(await get(`/v1/recalls?openedFrom=${daysAgo(2.5)}`), 'recallId')).toEqual(['RC-3', 'RC-2']);
      expect(ids(await get(`/v1/recalls?openedTo=${daysAgo(2.5)}&state=open`), 'recallId')).toEqual(['RC-1']);
      expect(ids(await get(`/v1/recalls?lotId=L-P&openedFrom=${daysAgo(2.5)}`), 'recallId')).toEqual([]);
    });

    it('pages newest first, a cursor at a time', async () => {
      const first = await get('/v1/recalls?limit=2');
      expect(ids(first, 'recallId')).toEqual(['RC-3', 'RC-2']);
      const second = await get(`/v1/recalls?limit=2&cursor=${first.nextCursor}`);
      expect(ids(second, 'recallId')).toEqual(['RC-1']);
      expect(second.nextCursor).toBeNull();
    });
  });

  describe('GET /v1/lots', () => {
    it('lists lots by lotId with the single lot answer, by SKU and by site', async () => {
      const all = await get('/v1/lots');
      expect(ids(all, 'lotId')).toEqual(['L-A', 'L-B', 'L-C', 'L-D', 'L-P']);
      expect(all.items[4]).toEqual(await get('/v1/lots/L-P'));
      expect(ids(await get('/v1/lots?sku=FLOUR'), 'lotId')).toEqual(['L-A', 'L-B', 'L-D']);
      expect(ids(await get('/v1/lots?site=MILL-1'), 'lotId')).toEqual(['L-A', 'L-C', 'L-D']);
      expect(ids(await get('/v1/lots?site=MILL-1&sku=FLOUR'), 'lotId')).toEqual(['L-A', 'L-D']);
    });

    it('lists what expires before an instant soonest first, comparing instants whatever their spelling', async () => {
      // L-B expires on 2027-01-15 (midnight UTC), L-D on 2027-01-15T00:00Z written with an offset: a tie, by lotId.
      expect(ids(await get('/v1/lots?expiringBefore=2027-02-01'), 'lotId')).toEqual(['L-B', 'L-D']);
      expect(ids(await get('/v1/lots?expiringBefore=2027-03-01&site=MILL-1'), 'lotId')).toEqual(['L-D', 'L-A']);
      const first = await get('/v1/lots?expiringBefore=2027-03-01&limit=2');
      expect(ids(first, 'lotId')).toEqual(['L-B', 'L-D']);
      expect(ids(await get(`/v1/lots?expiringBefore=2027-03-01&limit=2&cursor=${first.nextCursor}`), 'lotId')).toEqual(['L-A']);
    });

    it('filters by production dates, alone or with the others', async () => {
      expect(ids(await get('/v1/lots?producedFrom=2026-11-01&producedTo=2026-11-10'), 'lotId')).toEqual(['L-A']);
      expect(ids(await get('/v1/lots?sku=FLOUR&producedFrom=2026-11-05'), 'lotId')).toEqual(['L-B', 'L-D']);
      expect(ids(await get('/v1/lots?producedTo=2026-11-02&expiringBefore=2028-01-01'), 'lotId')).toEqual(['L-A']);
    });
    it('answers the lots that existed by a clock, their units counted where they were then', async () => {
      const then = await get(`/v1/lots?sku=PUMP&asOf=${beforeSale}`);
      expect(ids(then, 'lotId')).toEqual(['L-P']);
      expect(then.items[0].units).toMatchObject({ total: 4, byStatus: { sold: 0 } });
      expect((await get('/v1/lots?sku=PUMP')).items[0].units.byStatus.sold).toBe(2);
      expect(ids(await get('/v1/lots?asOf=2020-01-01'), 'lotId')).toEqual([]);
      expect(ids(await get('/v1/lots?knownAt=2020-01-01&sku=FLOUR'), 'lotId')).toEqual([]);
      const first = await get(`/v1/lots?expiringBefore=2027-03-01&asOf=${beforeSale}&limit=2`);
      expect(ids(first, 'lotId')).toEqual(['L-B', 'L-D']);
      expect(ids(await get(`/v1/lots?expiringBefore=2027-03-01&asOf=${beforeSale}&limit=2&cursor=${first.nextCursor}`), 'lotId')).toEqual(['L-A']);
    });
  });

  describe('GET /v1/units', () => {
    it("lists a customer's units with the units built into them, flagged installedIn", async () => {
      const page = await get('/v1/units?customer=ACME');
      expect(units(page)).toEqual(['CAR/v1', 'PUMP/p1', 'PUMP/p2']);
      expect(page.items[2]).toMatchObject({ status: 'sold', customer: 'ACME', installedIn: [{ sku: 'CAR', serial: 'v1' }] });
      expect(page.items[1]).toEqual(
        await get('/v1/units/PUMP/p1').then(({ openRecalls: _r, containers: _c, suspect: _s, verifications: _v, ...unit }: any) => unit),
      );
      expect(units(await get('/v1/units?customer=ACME&sku=PUMP'))).toEqual(['PUMP/p1', 'PUMP/p2']);
    });

    it('filters by SKU, status, location, custodian and lot, combined', async () => {
      expect(units(await get('/v1/units?sku=PUMP'))).toEqual(['PUMP/p1', 'PUMP/p2', 'PUMP/p3', 'PUMP/p4']);
      expect(units(await get('/v1/units?sku=PUMP&status=in_stock'))).toEqual(['PUMP/p4']);
      expect(units(await get('/v1/units?location=WH-A'))).toEqual(['PUMP/p4']);
      expect(units(await get('/v1/units?custodian=DC-EAST'))).toEqual([]);
      expect(units(await get('/v1/units?lotId=L-P&status=in_transit'))).toEqual(['PUMP/p3']);
      expect(units(await get('/v1/units?lotId=L-P&customer=ACME'))).toEqual(['PUMP/p1', 'PUMP/p2']);
      expect(units(await get('/v1/units?location=PLANT'))).toEqual([]);
    });

    it('answers where units were by a clock, from a SKU or a lot', async () => {
      const then = await get(`/v1/units?lotId=L-P&asOf=${beforeSale}`);
      expect(units(then)).toEqual(['PUMP/p1', 'PUMP/p2', 'PUMP/p3', 'PUMP/p4']);
      expect(then.items[0]).toMatchObject({ status: 'in_stock', location: 'WH-A', customer: null });
      expect(units(await get(`/v1/units?sku=PUMP&status=in_stock&asOf=${beforeSale}&limit=2`))).toEqual(['PUMP/p1', 'PUMP/p2']);
      expect(units(await get(`/v1/units?sku=PUMP&customer=ACME&asOf=${beforeSale}`))).toEqual([]);
    });

    it('refuses a list with no filter that picks units, naming the ones that do', async () => {
      for (const path of ['/v1/units', '/v1/units?status=sold', '/v1/units?limit=5']) {
        const body = await refused(path);
        expect(body.details[0].message).toMatch(/at least one of sku, customer, custodian, location, lotId/);
      }
      expect((await refused(`/v1/units?customer=ACME&asOf=${beforeSale}`)).details).toEqual([
        { field: 'asOf', message: expect.stringMatching(/sku or lotId/) },
      ]);
    });
  });

  describe('GET /v1/containers', () => {
    it('lists containers by location, status and custodian, in id order, with the single answer without contents', async () => {
      expect(ids(await get('/v1/containers'), 'containerId')).toEqual(['CASE-1', 'CASE-2', 'CASE-3']);
      expect(ids(await get('/v1/containers?location=WH-A'), 'containerId')).toEqual(['CASE-1']);
      expect(ids(await get('/v1/containers?status=in_transit'), 'containerId')).toEqual(['CASE-3']);
      expect(ids(await get('/v1/containers?status=in_stock&location=WH-B'), 'containerId')).toEqual(['CASE-2']);
      const { containers: _c, units: _u, ...single } = await get('/v1/containers/CASE-2');
      expect((await get('/v1/containers?location=WH-B')).items[0]).toEqual(single);
    });
  });

  describe('GET /v1/recalls/{id}/units', () => {
    it('filters by status, customer and location beside state and container', async () => {
      // The pumps' lot reaches the car p2 is built into.
      expect(units(await get('/v1/recalls/RC-1/units'))).toEqual(['CAR/v1', 'PUMP/p1', 'PUMP/p2', 'PUMP/p3', 'PUMP/p4']);
      expect(units(await get('/v1/recalls/RC-1/units?customer=ACME'))).toEqual(['CAR/v1', 'PUMP/p1', 'PUMP/p2']);
      expect(units(await get('/v1/recalls/RC-1/units?status=in_transit'))).toEqual(['PUMP/p3']);
      expect(units(await get('/v1/recalls/RC-1/units?location=WH-A&state=outstanding'))).toEqual(['PUMP/p4']);
      expect(units(await get('/v1/recalls/RC-3/units?customer=ACME&status=sold'))).toEqual(['CAR/v1']);
      expect(units(await get('/v1/recalls/RC-1/units?customer=NOBODY'))).toEqual([]);
    });
  });

  it.each(['/v1/recalls?colour=red', '/v1/lots?expiresBefore=2027-01-01', '/v1/units?sku=PUMP&owner=ACME', '/v1/containers?site=WH-A'])(
    'answers 400 for an unknown filter, naming the allowed ones: %s',
    async (path) => {
      const body = await refused(path);
      expect(body.details[0].message).toMatch(/should not exist \(allowed: .*cursor.*limit/);
    },
  );

  it.each(['/v1/recalls?state=pending', '/v1/lots?expiringBefore=soon', '/v1/units?sku=PUMP&status=lost', '/v1/containers?limit=0', '/v1/recalls?cursor=abc'])(
    'answers 400 naming the field for a bad value: %s',
    async (path) => {
      const body = await refused(path);
      expect(body.details[0].field).toEqual(expect.any(String));
    },
  );

  it('pages through a list while it changes: no duplicates, nothing skipped that was there at the start and stayed', async () => {
    const serials = Array.from({ length: 40 }, (_, i) => `s${String(i * 2).padStart(3, '0')}`);
    await post('/v1/units/batch', { sku: 'PAGED', location: 'WH-P', serials });
    const seen: string[] = [];
    const left = new Set<string>();
    let cursor: string | null = null;
    let round = 0;
    do {
      const page: any = await get(`/v1/units?location=WH-P&limit=7${cursor ? `&cursor=${cursor}` : ''}`);
      seen.push(...page.items.map((unit: any) => unit.serial));
      cursor = page.nextCursor;
      // Between pages, units arrive on both sides of the cursor, and one read and one not yet read leave.
      round++;
      await post('/v1/units/batch', {
        sku: 'PAGED',
        location: 'WH-P',
        serials: [`s${String(round * 12 + 1).padStart(3, '0')}`, `s${String(round).padStart(3, '0')}x`],
      });
      for (const serial of [serials[round], serials[serials.length - round]]) {
        await post(`/v1/units/PAGED/${serial}/moves`, { to: 'WH-Q' });
        left.add(serial);
      }
    } while (cursor);
    expect(round).toBeGreaterThan(5);
    expect(new Set(seen).size).toBe(seen.length);
    expect([...seen].sort()).toEqual(seen);
    expect(serials.filter((serial) => !left.has(serial) && !seen.includes(serial))).toEqual([]);
    // What left before the cursor reached it is not listed: pages are read from the current state.
    expect(seen).not.toContain(serials[serials.length - 1]);
  });
});
