import { removeDataDir, RunningApi, startApi, tempDataDir } from './api';

describe('bad input over HTTP', () => {
  let api: RunningApi;
  let dir: string;

  beforeAll(async () => {
    dir = tempDataDir();
    api = await startApi(dir);
    await api.http.post('/v1/lots').send({ lotId: 'L1', sku: 'PUMP' }).expect(201);
    await api.http.post('/v1/units').send({ sku: 'PUMP', serial: 'S1', lotId: 'L1', location: 'WH-A' }).expect(201);
  });
  afterAll(async () => {
    await api.close();
    removeDataDir(dir);
  });

  const head = async () => (await api.http.get('/health').expect(200)).body.details.eventStore.position;

  it.each([
    ['a missing field', '/v1/units', { sku: 'PUMP', location: 'WH-A' }, 'serial'],
    ['an unknown field', '/v1/units', { sku: 'PUMP', serial: 'S2', location: 'WH-A', color: 'red' }, 'color'],
    ['an operator object instead of a string', '/v1/units', { sku: { $ne: '' }, serial: 'S2', location: 'WH-A' }, 'sku'],
    ['a serial of 65 characters', '/v1/units', { sku: 'PUMP', serial: 'x'.repeat(65), location: 'WH-A' }, 'serial'],
    ['a control character', '/v1/units', { sku: 'PUMP', serial: 'a\nb', location: 'WH-A' }, 'serial'],
    ['an occurredAt that is not a date', '/v1/units', { sku: 'PUMP', serial: 'S2', location: 'WH-A', occurredAt: 'today' }, 'occurredAt'],
    ['an occurredAt in the future', '/v1/units/PUMP/S1/moves', { to: 'WH-B', occurredAt: '2099-01-01T00:00:00Z' }, 'occurredAt'],
    ['a negative lot quantity', '/v1/lots', { lotId: 'L2', sku: 'PUMP', quantity: -5 }, 'quantity'],
    ['an expiry before production', '/v1/lots', { lotId: 'L2', sku: 'PUMP', producedAt: '2026-05-01', expiresAt: '2026-01-01' }, 'expiresAt'],
    ['an empty move target', '/v1/units/PUMP/S1/moves', { to: '' }, 'to'],
    ['a too long reason', '/v1/units/PUMP/S1/scrap', { reason: 'r'.repeat(501) }, 'reason'],
  ])('refuses %s with 400 naming the field, and changes nothing', async (_case, path, body, field) => {
    const before = await head();
    const response = await api.http.post(path).send(body).expect(400);
    expect(response.body).toMatchObject({ statusCode: 400, error: 'Bad Request' });
    expect(response.body.details).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
    expect(await head()).toBe(before);
  });

  it('refuses malformed JSON with 400', async () => {
    const response = await api.http.post('/v1/units').set('content-type', 'application/json').send('{"sku": ').expect(400);
    expect(response.body).toMatchObject({ statusCode: 400, error: 'Bad Request' });
  });

  it('refuses a path identifier that is too long', async () => {
    const response = await api.http.get(`/v1/units/PUMP/${'x'.repeat(65)}`).expect(400);
    expect(response.body.details).toEqual([expect.objectContaining({ field: 'serial' })]);
  });

  it('refuses a bad cursor, limit and status', async () => {
    const response = await api.http.get('/v1/lots/L1/units?limit=0&status=lost&cursor=zzz').expect(400);
    expect(response.body.details.map((d: { field: string }) => d.field).sort()).toEqual(['limit', 'status']);
    const cursor = await api.http.get('/v1/lots/L1/units?cursor=bm90LWEtY3Vyc29y').expect(400);
    expect(cursor.body.details).toEqual([{ field: 'cursor', message: 'is not a cursor this endpoint returned' }]);
  });

  it('refuses a bad header', async () => {
    await api.http.get('/v1/units/PUMP/S1').set('X-Min-Position', 'soon').expect(400);
    await api.http.post('/v1/units/PUMP/S1/moves').set('X-On-Behalf-Of', ' ').send({ to: 'WH-B' }).expect(400);
  });

  it('answers 404 for an unknown unit or lot', async () => {
    expect((await api.http.get('/v1/units/PUMP/NOPE').expect(404)).body).toEqual({ statusCode: 404, error: 'Not Found', message: 'unit PUMP/NOPE not found' });
    await api.http.get('/v1/units/PUMP/NOPE/history').expect(404);
    await api.http.post('/v1/units/PUMP/NOPE/moves').send({ to: 'WH-B' }).expect(404);
    await api.http.get('/v1/lots/NOPE').expect(404);
    await api.http.get('/v1/lots/NOPE/units').expect(404);
  });

  it('answers 409 for a taken serial or lot, and for an illegal transition naming the rule', async () => {
    expect((await api.http.post('/v1/units').send({ sku: 'PUMP', serial: 'S1', location: 'WH-B' }).expect(409)).body.message).toBe(
      'serial S1 is already assigned for SKU PUMP',
    );
    await api.http.post('/v1/lots').send({ lotId: 'L1', sku: 'PUMP' }).expect(409);
    const refused = await api.http.post('/v1/units/PUMP/S1/receipts').send({ by: 'X', location: 'Y' }).expect(409);
    expect(refused.body.details).toEqual({ rule: 'receive-requires-shipment' });
  });

  it('the same serial under another SKU is another unit', async () => {
    await api.http.post('/v1/units').send({ sku: 'VALVE', serial: 'S1', location: 'WH-B' }).expect(201);
  });

  it('answers 422 for an unknown lot or a lot of another SKU', async () => {
    const unknown = await api.http.post('/v1/units').send({ sku: 'PUMP', serial: 'S3', lotId: 'L9', location: 'WH-A' }).expect(422);
    expect(unknown.body).toEqual({
      statusCode: 422,
      error: 'Unprocessable Entity',
      message: 'lot L9 does not exist',
      details: [{ field: 'lotId', message: 'lot L9 does not exist' }],
    });
    await api.http.post('/v1/units').send({ sku: 'VALVE', serial: 'S3', lotId: 'L1', location: 'WH-A' }).expect(422);
    await api.http
      .post('/v1/units/batch')
      .send({ sku: 'VALVE', lotId: 'L1', location: 'WH-A', serials: ['A'] })
      .expect(422);
  });

  it('answers 503 with Retry-After when read models cannot reach a position in time', async () => {
    const response = await api.http.get('/v1/units/PUMP/S1').set('X-Min-Position', '999999').expect(503);
    expect(response.headers['retry-after']).toBe('1');
  });
});
