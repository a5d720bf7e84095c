import { removeDataDir, RunningApi, startApi, tempDataDir } from './api';

describe('idempotency and concurrency over HTTP', () => {
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

  const history = async (serial: string) => (await api.http.get(`/v1/units/PUMP/${serial}/history`).expect(200)).body.items;

  it('answers a repeated request with the same key with the first answer and appends nothing', async () => {
    const send = () => api.http.post('/v1/units/PUMP/S1/moves').set('Idempotency-Key', 'move-1').send({ to: 'WH-B' });
    const first = await send().expect(201);
    const again = await send().expect(201);
    expect(again.body).toEqual(first.body);
    expect(await history('S1')).toHaveLength(2);
  });

  it('refuses the same key with a different body with 422', async () => {
    const response = await api.http.post('/v1/units/PUMP/S1/moves').set('Idempotency-Key', 'move-1').send({ to: 'WH-C' }).expect(422);
    expect(response.body.details).toEqual([{ field: 'Idempotency-Key', message: 'reuse it only to retry the identical request' }]);
    expect(await history('S1')).toHaveLength(2);
  });

  it('refuses the same key on another unit with 422', async () => {
    await api.http.post('/v1/units').send({ sku: 'PUMP', serial: 'S2', location: 'WH-A' }).expect(201);
    await api.http.post('/v1/units/PUMP/S2/moves').set('Idempotency-Key', 'move-1').send({ to: 'WH-B' }).expect(422);
  });

  it('scopes keys per principal', async () => {
    const other = await api.http
      .post('/v1/keys')
      .send({ name: 'other-service', roles: ['operator'] })
      .expect(201);
    await api.as(other.body.key).post('/v1/units/PUMP/S2/moves').set('Idempotency-Key', 'move-1').send({ to: 'WH-B' }).expect(201);
  });

  it('replays a creation retried with its key instead of calling the serial taken', async () => {
    const send = () => api.http.post('/v1/units').set('Idempotency-Key', 'create-s9').send({ sku: 'PUMP', serial: 'S9', location: 'WH-A' });
    const first = await send().expect(201);
    expect((await send().expect(201)).body).toEqual(first.body);
  });

  it('lets exactly one of 20 concurrent requests assign the same serial', async () => {
    const responses = await Promise.all(Array.from({ length: 20 }, () => api.http.post('/v1/units').send({ sku: 'PUMP', serial: 'RACE', location: 'WH-A' })));
    expect(responses.map((r) => r.status).sort()).toEqual([201, ...Array(19).fill(409)]);
    expect(await history('RACE')).toHaveLength(1);
  });

  it('never loses an accepted move among 20 concurrent ones: each lands at its own revision or is refused with 409', async () => {
    await api.http.post('/v1/units').send({ sku: 'PUMP', serial: 'BUSY', location: 'L-0' }).expect(201);
    const responses = await Promise.all(Array.from({ length: 20 }, (_, i) => api.http.post('/v1/units/PUMP/BUSY/moves').send({ to: `L-${i + 1}` })));
    const accepted = responses.filter((r) => r.status === 201);
    const acceptedTargets = responses.flatMap((r, i) => (r.status === 201 ? [`L-${i + 1}`] : []));
    expect(responses.filter((r) => r.status !== 201).every((r) => r.status === 409)).toBe(true);
    expect(accepted.length).toBeGreaterThan(0);
    const revisions = accepted.map((r) => r.body.revision).sort((a, b) => a - b);
    expect(revisions).toEqual(Array.from({ length: accepted.length }, (_, i) => i + 1));
    const moves: string[] = (await history('BUSY')).slice(1).map((e: { data: { to: string } }) => e.data.to);
    expect(moves.sort()).toEqual(acceptedTargets.sort());
  });
});
