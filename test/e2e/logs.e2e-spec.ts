import { INestApplication } from '@nestjs/common';
import { createLogger, loadConfig } from '@trace/config';
import { EVENT_STORE, EventStore } from '@trace/event-store';
import { capturedLog } from '@trace/shared/testing/captured-log';
import { eventually } from '@trace/shared/testing/eventually';
import { createApi } from '../../apps/api/src/create-api';
import { adminKeyOf, Client, clientOf, removeDataDir, tempDataDir } from './api';

const SECRET = 'Bearer s3cret-token-0f1e';
const COOKIE = 'session=c00kie-5ecret';

describe('logs (LOG_FORMAT=json)', () => {
  const output = capturedLog();
  let dir: string;
  let app: INestApplication;
  let http: Client;
  beforeAll(async () => {
    dir = tempDataDir();
    const config = loadConfig({ DATA_DIR: dir, LOG_LEVEL: 'debug', LOG_FORMAT: 'json' });
    app = await createApi(config, { withProjector: true }, createLogger(config, output));
    await app.init();
    http = clientOf(app, adminKeyOf(dir));
    // Ready as a deployment sees it: the projector and the recall reactor in the process have reported.
    await eventually(async () => (await http.get('/health')).status === 200);
  });
  afterAll(async () => {
    await app.close();
    removeDataDir(dir);
  });

  /** The request lines of the request answered with `correlationId`, once it has been logged. */
  async function requestLines(correlationId: string) {
    const of = () => output.lines().filter((line) => line.context === 'Request' && line.correlationId === correlationId);
    await eventually(() => of().length > 0);
    return of();
  }

  it("writes Nest's own lines as JSON objects, with time, level, pid, hostname, context and message", () => {
    const lines = output.lines();
    for (const line of lines)
      expect(line).toEqual(expect.objectContaining({ level: expect.any(String), time: expect.any(String), pid: process.pid, msg: expect.any(String) }));
    const contexts = new Set(lines.map((line) => line.context));
    for (const context of ['NestFactory', 'InstanceLoader', 'Stores', 'RoutesResolver', 'RouterExplorer', 'NestApplication'])
      expect(contexts).toContain(context);
    expect(lines).toContainEqual(
      expect.objectContaining({ level: 'info', context: 'RouterExplorer', msg: 'Mapped {/v1/units/:sku/:serial/moves, POST} route' }),
    );
  });

  it('logs each request once, with method, route pattern, URL, status, duration, principal and the correlation id it answers with', async () => {
    await http.post('/v1/units').send({ sku: 'PUMP', serial: 'SN-1', location: 'WH-A' }).expect(201);
    const answer = await http
      .post('/v1/units/PUMP/SN-1/moves')
      .set({ 'X-Actor': 'scanner-7', 'X-Correlation-Id': 'order-4711' })
      .send({ to: 'WH-B' })
      .expect(201);
    expect(answer.headers['x-correlation-id']).toBe('order-4711');
    expect(await requestLines('order-4711')).toEqual([
      {
        level: 'info',
        time: expect.any(String),
        pid: process.pid,
        hostname: expect.any(String),
        context: 'Request',
        method: 'POST',
        route: '/v1/units/:sku/:serial/moves',
        url: '/v1/units/PUMP/SN-1/moves',
        status: 201,
        durationMs: expect.any(Number),
        // The authenticated principal: X-Actor is ignored.
        principal: 'admin',
        correlationId: 'order-4711',
        msg: expect.stringMatching(/^POST \/v1\/units\/:sku\/:serial\/moves 201 [\d.]+ ms$/),
      },
    ]);
  });

  it('gives a command sent without X-Correlation-Id its command id: logged, answered and recorded in its events alike', async () => {
    const answer = await http.post('/v1/units').send({ sku: 'PUMP', serial: 'SN-2', location: 'WH-A' }).expect(201);
    const correlationId = answer.headers['x-correlation-id'];
    const history = await http.get('/v1/units/PUMP/SN-2/history').expect(200);
    expect(history.body.items[0].metadata).toMatchObject({ correlationId, commandId: correlationId });
    expect(await requestLines(correlationId)).toEqual([expect.objectContaining({ route: '/v1/units', status: 201, principal: 'admin' })]);
  });

  it('logs health probes at debug, below the default level (log)', async () => {
    const probe = await http.get('/health').expect(200);
    expect(await requestLines(probe.headers['x-correlation-id'])).toEqual([expect.objectContaining({ level: 'debug', route: '/health', status: 200 })]);
  });

  it('logs an unexpected error once with its stack, under the correlation id of its request', async () => {
    const events = app.get<EventStore>(EVENT_STORE);
    const read = events.readStream.bind(events);
    // The unit's stream only: the key register is read from the same store.
    const broken = jest
      .spyOn(events, 'readStream')
      .mockImplementation((stream, ...rest) => (stream.startsWith('unit-') ? Promise.reject(new TypeError('cannot read the stream')) : read(stream, ...rest)));
    await http.get('/v1/units/PUMP/SN-1/history').set('X-Correlation-Id', 'broken-1').expect(500);
    broken.mockRestore();
    expect(await requestLines('broken-1')).toEqual([expect.objectContaining({ level: 'info', route: '/v1/units/:sku/:serial/history', status: 500 })]);
    expect(output.lines().filter((line) => line.context === 'ErrorFilter' && line.correlationId === 'broken-1')).toEqual([
      expect.objectContaining({
        level: 'error',
        msg: 'cannot read the stream',
        err: { type: 'TypeError', message: 'cannot read the stream', stack: expect.stringContaining('TypeError: cannot read the stream\n    at ') },
      }),
    ]);
  });

  it('never writes credentials sent in headers, nor request bodies', async () => {
    // A key that is not valid is refused and logged with the caller's address, never with what was presented.
    await http
      .post('/v1/units')
      .set({ Authorization: SECRET, Cookie: COOKIE, 'X-Correlation-Id': 'with-secrets' })
      .send({ sku: 'PUMP', serial: 'SN-3', location: 'BODY-ONLY' })
      .expect(401);
    await http.post('/v1/units').set({ Cookie: COOKIE }).send({ sku: 'PUMP', serial: 'SN-4', location: 'BODY-ONLY', unknown: 'BODY-ONLY' }).expect(400);
    expect(await requestLines('with-secrets')).toHaveLength(1);
    expect(output.lines()).toContainEqual(expect.objectContaining({ level: 'warn', context: 'Authentication', address: expect.any(String) }));
    expect(output.text()).not.toMatch(/s3cret|c00kie|BODY-ONLY/);
    expect(output.text()).not.toContain(adminKeyOf(dir));
  });
});
