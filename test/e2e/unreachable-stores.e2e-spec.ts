import { removeDataDir, RunningApi, startApi, tempDataDir } from './api';

/**
 * The API on production stores that cannot be reached. Nothing listens on port 1, so every connection is
 * refused at once: no server is imitated, the real clients meet a closed port.
 */
describe('with the event store and the read store unreachable', () => {
  let api: RunningApi;
  let dir: string;

  beforeAll(async () => {
    dir = tempDataDir();
    api = await startApi(dir, false, {
      EVENTSTORE_CONNECTION_STRING: 'esdb://127.0.0.1:1?tls=false',
      MONGODB_URI: 'mongodb://127.0.0.1:1/?directConnection=true&serverSelectionTimeoutMS=100',
    });
    // The failed health checks are logged by design; keep the test output for real problems.
    api.app.useLogger(false);
  });
  afterAll(async () => {
    await api.close();
    removeDataDir(dir);
  });

  it('starts, and answers 503 with Retry-After while the key register (in the event store) cannot be read', async () => {
    const command = await api.http.post('/v1/units').send({ sku: 'PUMP', serial: 'S1', location: 'WH-A' }).expect(503);
    expect(command.body).toEqual({ statusCode: 503, error: 'Service Unavailable', message: 'the event store is unreachable; retry later' });
    expect(command.headers['retry-after']).toBe('5');
    await api.http.get('/v1/units/PUMP/S1').expect(503);
  });

  it('still refuses a request without credentials with 401, before touching a store', async () => {
    await api.anonymous.post('/v1/units').send({ sku: 'PUMP', location: 'WH-A' }).expect(401);
  });

  it('reports the service down on /health with 503, to a caller whose key cannot be checked as to anyone', async () => {
    expect((await api.http.get('/health').expect(503)).body).toEqual({ status: 'error' });
    expect((await api.anonymous.get('/health').expect(503)).body).toEqual({ status: 'error' });
  });
});

describe('with the projector in the process and the read store unreachable', () => {
  let api: RunningApi;
  let dir: string;

  beforeAll(async () => {
    dir = tempDataDir();
    // Start-up used to fail here: the projector and the recall reactor registered their models before following.
    api = await startApi(dir, true, { MONGODB_URI: 'mongodb://127.0.0.1:1/?directConnection=true&serverSelectionTimeoutMS=100' });
    api.app.useLogger(false);
  });
  afterAll(async () => {
    await api.close();
    removeDataDir(dir);
  });

  it('starts, accepts commands into the log, and answers 503 for reads until the read store is back', async () => {
    await api.http.post('/v1/units').send({ sku: 'PUMP', serial: 'S1', location: 'WH-A' }).expect(201);
    const query = await api.http.get('/v1/units/PUMP/S1').expect(503);
    expect(query.body.message).toBe('the read store is unreachable; retry later');
    // Bad input is refused with 400 before a store is touched.
    await api.http.post('/v1/units').send({ sku: 'PUMP', location: 'WH-A' }).expect(400);
    const health = (await api.http.get('/health').expect(503)).body;
    expect(health.details).toMatchObject({ eventStore: { status: 'up' }, readStore: { status: 'down' }, projector: { status: 'down' } });
  });
});
