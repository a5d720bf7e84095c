import { EVENT_STORE } from '@trace/event-store';
import { SqliteEventStore } from '@trace/event-store/sqlite';
import { StagingEventStore } from '@trace/event-store/staging/staging-event-store';
import { once } from 'node:events';
import { AddressInfo, connect, Server } from 'node:net';
import { removeDataDir, RunningApi, startApi, tempDataDir } from './api';

const head = async (api: RunningApi) => (await api.http.get('/health')).body.details.eventStore.position as number;

describe('overload: a bound on commands in progress', () => {
  let api: RunningApi;
  let dir: string;
  beforeAll(async () => {
    dir = tempDataDir();
    api = await startApi(dir, true, { MAX_PENDING_COMMANDS: '4' });
  });
  afterAll(async () => {
    await api.close();
    removeDataDir(dir);
  });

  it('refuses commands beyond the bound at once with 503 and Retry-After, before reading their body, and takes them again once one ends', async () => {
    const before = await head(api);
    const server = api.app.getHttpServer() as Server;
    if (!server.listening) await once(server.listen(0, '127.0.0.1'), 'listening');
    const { port } = server.address() as AddressInfo;
    // Four commands in progress: their headers are in, their bodies still on the way.
    const body = JSON.stringify({ sku: 'PUMP', serial: 'SLOW', location: 'WH-A' });
    const slow = await Promise.all(
      Array.from({ length: 4 }, async (_, i) => {
        const socket = connect(port, '127.0.0.1');
        await once(socket, 'connect');
        const whole = body.replace('SLOW', `SLOW-${i}`);
        socket.write(
          `POST /v1/units HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${api.adminKey}\r\nContent-Type: application/json\r\nContent-Length: ${whole.length}\r\n\r\n${whole.slice(0, 10)}`,
        );
        return { socket, rest: whole.slice(10) };
      }),
    );
    await new Promise((resolve) => setTimeout(resolve, 50));
    const refused = await api.http.post('/v1/units').send({ sku: 'PUMP', serial: 'REFUSED', location: 'WH-A' });
    expect(refused.status).toBe(503);
    expect(refused.headers['retry-after']).toBe('1');
    expect(refused.body).toEqual({
      statusCode: 503,
      error: 'Service Unavailable',
      message: 'more than 4 commands are waiting for the event store; retry in 1 s',
    });
    // Reads are never refused.
    await api.http.get('/v1/units/PUMP/REFUSED').expect(404);

    const answers = slow.map(({ socket, rest }) => {
      let text = '';
      socket.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
      socket.end(rest);
      return once(socket, 'close').then(() => text);
    });
    for (const answer of await Promise.all(answers)) expect(answer).toMatch(/^HTTP\/1\.1 201 /);
    await api.http.post('/v1/units').send({ sku: 'PUMP', serial: 'AFTER', location: 'WH-A' }).expect(201);
    expect((await head(api)) - before).toBe(5);
  });
});

describe('a full disk', () => {
  let api: RunningApi;
  let dir: string;
  beforeAll(async () => {
    dir = tempDataDir();
    api = await startApi(dir);
    api.app.useLogger(false);
  });
  afterAll(async () => {
    await api.close();
    removeDataDir(dir);
  });

  it('makes the event store refuse with 503 and Retry-After, appending nothing of the refused command', async () => {
    await api.http.post('/v1/units').send({ sku: 'PUMP', serial: 'S1', location: 'WH-A' }).expect(201);
    const store = api.app.get<StagingEventStore>(EVENT_STORE).base as SqliteEventStore;
    // SQLite never caps below the file's current size: this is a disk that is full now.
    store.capPages(1);
    const before = await head(api);
    const refused = await api.http.post('/v1/units/batch').send({ sku: 'PUMP', location: 'WH-A', range: { prefix: 'F-', start: 0, count: 5_000, width: 4 } });
    expect(refused.status).toBe(503);
    expect(refused.headers['retry-after']).toBe('30');
    expect(refused.body).toEqual({
      statusCode: 503,
      error: 'Service Unavailable',
      message: 'the event store is out of space: nothing was recorded; retry later',
    });
    expect(await head(api)).toBe(before);
    await api.http.get('/v1/units/PUMP/F-0000').expect(404);
  });
});
