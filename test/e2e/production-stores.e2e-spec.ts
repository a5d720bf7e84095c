import { describeWhenSet } from '@trace/shared/testing/describe-when-set';
import { MongoClient } from 'mongodb';
import { randomUUID } from 'node:crypto';
import { removeDataDir, RunningApi, startApi, tempDataDir } from './api';

/**
 * The walk-through on the production stores: EventStoreDB keeps the log, MongoDB the read models. Identifiers
 * carry a run id because the log keeps every earlier run; the read models get a database of their own.
 */
describeWhenSet(['EVENTSTORE_CONNECTION_STRING', 'MONGODB_URI'], 'a unit life on EventStoreDB and MongoDB', (env) => {
  const run = randomUUID().slice(0, 8);
  const sku = `PUMP-${run}`;
  const lotId = `LOT-${run}`;
  const unit = `/v1/units/${sku}/SN-1`;
  // The projector of a fresh database replays the whole shared log first, which may take a while.
  const stores = { ...env, MONGODB_DB: `trace_e2e_${run}`, MIN_POSITION_WAIT_MS: '30000' };
  let api: RunningApi;
  let dir: string;
  let position = 0;

  beforeAll(async () => {
    dir = tempDataDir();
    api = await startApi(dir, true, stores);
  });
  afterAll(async () => {
    await api?.close();
    removeDataDir(dir);
    const client = new MongoClient(env.MONGODB_URI);
    await client.db(stores.MONGODB_DB).dropDatabase();
    await client.close();
  });

  const command = async (path: string, body: object, headers: Record<string, string> = {}) => {
    const response = await api.http.post(path).set(headers).send(body).expect(201);
    position = response.body.position ?? position;
    return response.body;
  };
  const query = (path: string) => api.http.get(path).set('X-Min-Position', String(position)).expect(200);

  it('registers a lot, assigns serials one by one and in bulk, and follows a unit through its life', async () => {
    await command('/v1/lots', { lotId, sku, producedAt: '2026-11-01', site: 'PLANT-1', quantity: 10 });
    await command('/v1/units', { sku, serial: 'SN-1', lotId, location: 'WH-A' });
    expect(await command('/v1/units/batch', { sku, lotId, location: 'WH-A', serials: ['SN-1', 'SN-2', 'SN-3'] })).toMatchObject({
      assigned: 2,
      conflicts: ['SN-1'],
    });
    await command(`${unit}/moves`, { to: 'WH-B' });
    await command(`${unit}/shipments`, { to: 'DC-EAST' });
    await command(`${unit}/receipts`, { by: 'DC-EAST', location: 'DC-EAST/BAY-1' });
    expect((await query(unit)).body).toMatchObject({
      sku,
      serial: 'SN-1',
      lotId,
      status: 'in_stock',
      location: 'DC-EAST/BAY-1',
      custodian: 'DC-EAST',
      revision: 3,
    });
  });

  it('tells the history in order, from EventStoreDB, with the server time as recordedAt', async () => {
    const items = (await api.http.get(`${unit}/history`).expect(200)).body.items;
    expect(items.map((item: { type: string }) => item.type)).toEqual(['SerialAssigned', 'UnitMoved', 'UnitShipped', 'UnitReceived']);
    expect(items.map((item: { revision: number }) => item.revision)).toEqual([0, 1, 2, 3]);
    expect(Date.parse(items[0].recordedAt)).not.toBeNaN();
  });

  it('answers a retried command with its first outcome and appends nothing', async () => {
    const headers = { 'Idempotency-Key': `move-${run}` };
    const first = await command(`${unit}/moves`, { to: 'DC-EAST/BAY-2' }, headers);
    expect(await command(`${unit}/moves`, { to: 'DC-EAST/BAY-2' }, headers)).toEqual(first);
    expect((await api.http.get(`${unit}/history`).expect(200)).body.items).toHaveLength(5);
    await api.http.post(`${unit}/moves`).set(headers).send({ to: 'WH-A' }).expect(422);
  });

  it('answers which units came from the lot, from MongoDB, in pages', async () => {
    expect((await query(`/v1/lots/${lotId}`)).body.units).toMatchObject({ total: 3, byStatus: { in_stock: 3 } });
    const first = (await query(`/v1/lots/${lotId}/units?limit=2`)).body;
    expect(first.items.map((item: { serial: string }) => item.serial)).toEqual(['SN-1', 'SN-2']);
    const second = (await query(`/v1/lots/${lotId}/units?limit=2&cursor=${first.nextCursor}`)).body;
    expect(second).toMatchObject({ items: [{ serial: 'SN-3' }], nextCursor: null });
    expect((await query(`/v1/lots/${lotId}/units?location=WH-A`)).body.items.map((item: { serial: string }) => item.serial)).toEqual(['SN-2', 'SN-3']);
  });

  it('reports both stores up, and the projector lag', async () => {
    expect((await api.http.get('/health').expect(200)).body).toMatchObject({
      status: 'ok',
      details: { eventStore: { status: 'up' }, readStore: { status: 'up' }, projector: { status: 'up', lag: expect.any(Number) } },
    });
  });

  it('keeps everything across a restart', async () => {
    await api.close();
    api = await startApi(dir, true, stores);
    expect((await query(unit)).body).toMatchObject({ location: 'DC-EAST/BAY-2', revision: 4 });
    expect((await api.http.get(`${unit}/history`).expect(200)).body.items).toHaveLength(5);
  });
});
