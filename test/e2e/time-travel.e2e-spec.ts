import { INestApplication } from '@nestjs/common';
import { loadConfig } from '@trace/config';
import { createApi } from '../../apps/api/src/create-api';
import { adminKeyOf, Client, clientOf, removeDataDir, tempDataDir } from './api';

/**
 * Time travel over HTTP on a fixed clock, so "recorded at" is known. Pumps S1, S2 (assigned on the 1st) and
 * S3 (the 5th) of lot L1. S1 moved to WH-B on the 3rd; a scanner that synced late then reported that S1 had
 * already gone to WH-C on the 2nd. S2 shipped on the 4th. Everything was recorded on the 10th, hour by hour.
 */
describe('time travel over HTTP: as it happened, and as we knew it then', () => {
  let app: INestApplication;
  let http: Client;
  let dir: string;
  let now = new Date('2026-03-10T10:00:00Z');
  let position = 0;

  const post = async (path: string, body: object, recordedAt: string) => {
    now = new Date(recordedAt);
    const response = await http.post(path).send(body).expect(201);
    position = response.body.position;
  };
  const get = (path: string, status = 200) => http.get(path).set('X-Min-Position', String(position)).expect(status);
  const locationOf = async (query: string) => (await get(`/v1/units/PUMP/S1?${query}`)).body.location;

  beforeAll(async () => {
    dir = tempDataDir();
    app = await createApi(loadConfig({ DATA_DIR: dir, LOG_LEVEL: 'error' }), { withProjector: true, clock: () => now });
    await app.init();
    http = clientOf(app, adminKeyOf(dir));
    await post('/v1/lots', { lotId: 'L1', sku: 'PUMP' }, '2026-03-10T10:00:00Z');
    await post(
      '/v1/units/batch',
      { sku: 'PUMP', lotId: 'L1', location: 'WH-A', serials: ['S1', 'S2'], occurredAt: '2026-03-01T08:00:00Z' },
      '2026-03-10T10:00:00Z',
    );
    await post('/v1/units', { sku: 'PUMP', serial: 'S3', lotId: 'L1', location: 'WH-A', occurredAt: '2026-03-05T08:00:00Z' }, '2026-03-10T10:00:00Z');
    await post('/v1/units/PUMP/S1/moves', { to: 'WH-B', occurredAt: '2026-03-03T08:00:00Z' }, '2026-03-10T11:00:00Z');
    await post('/v1/units/PUMP/S1/moves', { to: 'WH-C', occurredAt: '2026-03-02T08:00:00Z' }, '2026-03-10T12:00:00Z');
    await post('/v1/units/PUMP/S2/shipments', { to: 'DC', occurredAt: '2026-03-04T08:00:00Z' }, '2026-03-10T13:00:00Z');
  });
  afterAll(async () => {
    await app.close();
    removeDataDir(dir);
  });

  it('answers a unit as it happened: events that occurred by then, in the order they occurred', async () => {
    expect((await get('/v1/units/PUMP/S1')).body.location).toBe('WH-C');
    expect(await locationOf('asOf=2026-03-02T12:00:00Z')).toBe('WH-C');
    expect((await get('/v1/units/PUMP/S1?asOf=2026-03-03T12:00:00Z')).body).toEqual({
      sku: 'PUMP',
      serial: 'S1',
      lotId: 'L1',
      status: 'in_stock',
      location: 'WH-B',
      custodian: null,
      customer: null,
      destination: null,
      installedIn: null,
      container: null,
      lastEventAt: '2026-03-03T08:00:00.000Z',
      revision: 1,
      warranty: { status: 'none', endsAt: null },
    });
    await get('/v1/units/PUMP/S1?asOf=2026-03-01T07:00:00Z', 404);
  });

  it('answers a unit as we knew it then: only events recorded by knownAt', async () => {
    expect(await locationOf('knownAt=2026-03-10T11:30:00Z')).toBe('WH-B');
    expect(await locationOf('asOf=2026-03-02T12:00:00Z&knownAt=2026-03-10T11:30:00Z')).toBe('WH-A');
    expect(await locationOf('asOf=2026-03-02T12:00:00%2B01:00&knownAt=2026-03-10T12:00:00Z')).toBe('WH-C');
  });

  it("answers where each of a lot's units was, with status and location filters at that time", async () => {
    const asOf = '2026-03-04T12:00:00Z';
    const { body } = await get(`/v1/lots/L1/units?asOf=${asOf}`);
    expect(body.items.map((u: { serial: string; status: string; location: string | null }) => [u.serial, u.status, u.location])).toEqual([
      ['S1', 'in_stock', 'WH-B'],
      ['S2', 'in_transit', null],
    ]);
    expect(body.nextCursor).toBeNull();
    for (const unit of body.items) expect((await get(`/v1/units/PUMP/${unit.serial}?asOf=${asOf}`)).body).toEqual(unit);
    expect((await get(`/v1/lots/L1/units?asOf=${asOf}&status=in_stock`)).body.items.map((u: { serial: string }) => u.serial)).toEqual(['S1']);
    expect((await get(`/v1/lots/L1/units?asOf=${asOf}&location=WH-A`)).body.items).toEqual([]);
    const known = await get(`/v1/lots/L1/units?asOf=${asOf}&knownAt=2026-03-10T10:30:00Z`);
    expect(known.body.items.map((u: { serial: string; location: string }) => [u.serial, u.location])).toEqual([
      ['S1', 'WH-A'],
      ['S2', 'WH-A'],
    ]);
  });

  it('pages a lot in time by its units, in key order, reading on past units that do not match', async () => {
    const first = (await get('/v1/lots/L1/units?asOf=2026-03-06T00:00:00Z&limit=2')).body;
    expect(first.items.map((u: { serial: string }) => u.serial)).toEqual(['S1', 'S2']);
    const second = (await get(`/v1/lots/L1/units?asOf=2026-03-06T00:00:00Z&limit=2&cursor=${first.nextCursor}`)).body;
    expect(second).toMatchObject({ items: [{ serial: 'S3', location: 'WH-A' }], nextCursor: null });

    const inTransit = (await get('/v1/lots/L1/units?asOf=2026-03-04T12:00:00Z&status=in_transit&limit=1')).body;
    expect(inTransit.items.map((u: { serial: string }) => u.serial)).toEqual(['S2']);
    expect((await get(`/v1/lots/L1/units?asOf=2026-03-04T12:00:00Z&status=in_transit&limit=1&cursor=${inTransit.nextCursor}`)).body).toEqual({
      items: [],
      nextCursor: null,
    });
  });

  it('refuses bad clocks with 400 naming the field, and an unknown lot with 404', async () => {
    const problems = async (path: string) => (await get(path, 400)).body.details.map((d: { field: string }) => d.field);
    expect(await problems('/v1/units/PUMP/S1?asOf=yesterday')).toEqual(['asOf']);
    expect(await problems('/v1/units/PUMP/S1?knownAt=2026-03-03T12:00:00')).toEqual(['knownAt']);
    expect(await problems('/v1/units/PUMP/S1?asof=2026-03-03')).toEqual(['asof']);
    expect(await problems('/v1/lots/L1/units?asOf=2026-03-03&transitive=true')).toEqual(['transitive']);
    await get('/v1/lots/NOPE/units?asOf=2026-03-03', 404);
  });
});
