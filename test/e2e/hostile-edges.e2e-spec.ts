import { removeDataDir, RunningApi, startApi, tempDataDir } from './api';

/** The cases a run of hostile requests found answered with 500 (or silently accepted), each with the answer it must get. */
describe('hostile requests at the HTTP edge', () => {
  let api: RunningApi;
  let dir: string;

  beforeAll(async () => {
    dir = tempDataDir();
    api = await startApi(dir);
    await api.http.post('/v1/units').send({ sku: 'PUMP', serial: 'S1', location: 'WH-A' }).expect(201);
  });
  afterAll(async () => {
    await api.close();
    removeDataDir(dir);
  });

  const head = async () => (await api.http.get('/health')).body.details.eventStore.position as number;
  /** Sends `send`, expects `status` with a JSON error body, and that the log did not move. */
  async function refused(
    send: () => Promise<{ status: number; body: { statusCode?: number; message?: string }; headers: Record<string, string> }>,
    status: number,
  ) {
    const before = await head();
    const response = await send();
    expect(response.status).toBe(status);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    expect(response.body.statusCode).toBe(status);
    expect(await head()).toBe(before);
    return response.body;
  }
  const raw = (path: string, body: string | Buffer, headers: Record<string, string>) => {
    const call = api.http.post(path);
    for (const [name, value] of Object.entries(headers)) call.set(name, value);
    return call.send(body);
  };
  const move = '/v1/units/PUMP/S1/moves';

  describe('bodies', () => {
    it('answers 413 for a body over the 2 MB limit', async () => {
      const body = await refused(() => raw(move, JSON.stringify({ to: 'x'.repeat(2_200_000) }), { 'content-type': 'application/json' }), 413);
      expect(body.message).toBe('request body is larger than the 2 MB limit');
    });

    it('answers 415 for a charset other than UTF-8', async () => {
      const body = await refused(() => raw(move, '{"to":"WH-B"}', { 'content-type': 'application/json; charset=latin1' }), 415);
      expect(body.message).toMatch(/charset LATIN1 is not accepted: send UTF-8/);
    });

    it('answers 415 for a compressed body, whether it really is compressed or not', async () => {
      expect((await refused(() => raw(move, '{"to":"WH-B"}', { 'content-type': 'application/json', 'content-encoding': 'gzip' }), 415)).message).toMatch(
        /Content-Encoding/,
      );
      expect((await refused(() => raw(move, '{"to":"WH-B"}', { 'content-type': 'application/json', 'content-encoding': 'br' }), 415)).message).toMatch(
        /Content-Encoding/,
      );
    });

    it.each([['text/plain'], ['application/x-www-form-urlencoded'], ['multipart/form-data; boundary=x']])(
      'answers 415 for a body of type %s, not a misleading field error',
      async (type) => {
        const body = await refused(() => raw(move, '{"to":"WH-B"}', { 'content-type': type }), 415);
        expect(body.message).toMatch(/send application\/json/);
      },
    );

    it('answers 415 for a body without content type', async () => {
      const body = await refused(() => raw(move, Buffer.from('{"to":"WH-B"}'), { 'content-type': '' }), 415);
      expect(body.message).toMatch(/needs a content type|is not accepted/);
    });

    it('answers 400 naming the problem for JSON that does not parse', async () => {
      const body = await refused(() => raw(move, '{"to":', { 'content-type': 'application/json' }), 400);
      expect(body.message).toMatch(/^body is not valid JSON/);
    });

    it('answers 400 for JSON nested 1,500 levels deep (3 KB), before anything walks it', async () => {
      const deep = `{"to":${'['.repeat(1500)}${']'.repeat(1500)}}`;
      for (const path of [move, '/v1/units', '/v1/units/batch', '/v1/recalls', '/v1/containers']) {
        const body = await refused(() => raw(path, deep, { 'content-type': 'application/json' }), 400);
        expect(body.message).toBe('body is nested deeper than 32 levels');
      }
    });

    it('still takes a command without a body where every field is optional', async () => {
      await api.http
        .post('/v1/recalls')
        .send({ recallId: 'RC-E', units: [{ sku: 'PUMP', serial: 'S1' }], reason: 'test', severity: 'low' })
        .expect(201);
      const closed = await api.http.post('/v1/recalls/RC-E/close');
      expect([201, 409]).toContain(closed.status);
    });
  });

  describe('instants', () => {
    it.each(['2026-01-01T00Z', '20260101T000000Z', '2026-W53-7T00:00:00Z', '2026-01-01T00:00:00,5Z', '2026-001T00:00Z', '2026-02-30', '2026-01-01T10:00:00'])(
      'answers 400 for asOf=%s and knownAt=%s',
      async (time) => {
        for (const name of ['asOf', 'knownAt']) {
          const response = await api.http.get(`/v1/units/PUMP/S1?${name}=${encodeURIComponent(time)}`).expect(400);
          expect(response.body.details).toEqual([expect.objectContaining({ field: name })]);
        }
      },
    );

    it('refuses a zone-less occurredAt, as queries refuse a zone-less time, and takes a date as midnight UTC as they do', async () => {
      const body = await refused(() => api.http.post(move).send({ to: 'WH-B', occurredAt: '2026-01-01T10:00:00' }), 400);
      expect(body.message).toMatch(/with a zone/);
      await api.http.post('/v1/units').send({ sku: 'PUMP', serial: 'S-DATE', location: 'WH-A', occurredAt: '2026-01-01' }).expect(201);
      const history = await api.http.get('/v1/units/PUMP/S-DATE/history').expect(200);
      expect(history.body.items[0].occurredAt).toBe('2026-01-01T00:00:00.000Z');
    });
  });

  describe('fields', () => {
    it.each([['serials'], ['range']])('answers 400 for a null %s in a batch', async (field) => {
      const body = await refused(() => api.http.post('/v1/units/batch').send({ sku: 'PUMP', location: 'WH-A', [field]: null }), 400);
      expect(body).toMatchObject({ details: expect.arrayContaining([expect.objectContaining({ field })]) });
    });

    it('answers 400 for null where a field is optional, rather than reading it as absent', async () => {
      await refused(() => api.http.post(move).send({ to: 'WH-B', reason: null }), 400);
      await refused(() => api.http.post(move).send({ to: 'WH-B', occurredAt: null }), 400);
    });

    it.each(['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf', 'toCommand'])(
      'answers 400 for an unknown field named %s, at the top and nested',
      async (name) => {
        const top = await refused(() => raw(move, `{"to":"WH-B","${name}":{"x":1}}`, { 'content-type': 'application/json' }), 400);
        expect(top).toMatchObject({ details: [{ field: name, message: `property ${name} should not exist` }] });
        const nested = `{"sku":"PUMP","location":"WH-A","range":{"prefix":"N","start":1,"count":2,"width":3,"${name}":1}}`;
        const inner = await refused(() => raw('/v1/units/batch', nested, { 'content-type': 'application/json' }), 400);
        expect(inner).toMatchObject({ details: [{ field: `range.${name}` }] });
      },
    );

    it('answers 400 for an unknown query parameter named like a built-in', async () => {
      await api.http.get('/v1/lots/L1/units?toString=1').expect(400);
      await api.http.get('/v1/units/PUMP/S1?__proto__=1').expect(400);
    });
  });

  it('answers errors of a CSV route as JSON, not labelled text/csv', async () => {
    const response = await api.http.get('/v1/recalls/NOPE/units.csv').expect(404);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    expect(response.headers['content-disposition']).toBeUndefined();
    expect(JSON.parse(response.text)).toMatchObject({ statusCode: 404, message: 'recall NOPE not found' });
  });
});
