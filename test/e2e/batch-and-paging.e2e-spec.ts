import { removeDataDir, RunningApi, startApi, tempDataDir } from './api';

describe('bulk serial assignment and paging over HTTP', () => {
  let api: RunningApi;
  let dir: string;

  beforeAll(async () => {
    dir = tempDataDir();
    api = await startApi(dir);
    await api.http.post('/v1/lots').send({ lotId: 'BIG', sku: 'CELL' }).expect(201);
  });
  afterAll(async () => {
    await api.close();
    removeDataDir(dir);
  });

  it('assigns a numbered range', async () => {
    const range = { prefix: 'C-', start: 1, count: 250, width: 4 };
    const response = await api.http.post('/v1/units/batch').send({ sku: 'CELL', lotId: 'BIG', location: 'LINE-1', range }).expect(201);
    expect(response.body).toEqual({ assigned: 250, conflicts: [], position: 252 });
    const unit = await api.http.get('/v1/units/CELL/C-0250').set('X-Min-Position', '252').expect(200);
    expect(unit.body).toMatchObject({ lotId: 'BIG', status: 'in_stock', location: 'LINE-1' });
  });

  it('lists taken serials as conflicts and assigns the rest', async () => {
    const response = await api.http
      .post('/v1/units/batch')
      .send({ sku: 'CELL', location: 'LINE-2', serials: ['C-0001', 'X-1', 'C-0002', 'X-2'] })
      .expect(201);
    expect(response.body).toEqual({ assigned: 2, conflicts: ['C-0001', 'C-0002'], position: 254 });
  });

  it('answers a retried batch with its first answer', async () => {
    const send = () =>
      api.http
        .post('/v1/units/batch')
        .set('Idempotency-Key', 'batch-7')
        .send({ sku: 'CELL', location: 'LINE-2', serials: ['X-2', 'X-3', 'X-4'] });
    const first = await send().expect(201);
    expect(first.body).toEqual({ assigned: 2, conflicts: ['X-2'], position: 256 });
    expect((await send().expect(201)).body).toEqual(first.body);
    expect((await api.http.get('/health')).body.details.eventStore.position).toBe(256);
  });

  it.each([
    ['both serials and range', { serials: ['A'], range: { prefix: 'A', start: 1, count: 1, width: 1 } }, 'serials'],
    ['neither serials nor range', {}, 'serials'],
    ['more than 10,000 serials', { serials: Array.from({ length: 10_001 }, (_, i) => `S${i}`) }, 'serials'],
    ['duplicate serials', { serials: ['A', 'B', 'A'] }, 'serials'],
    ['a range wider than its digits', { range: { prefix: 'A', start: 95, count: 10, width: 2 } }, 'range.width'],
    ['a range of more than 10,000', { range: { prefix: 'A', start: 1, count: 10_001, width: 6 } }, 'range.count'],
    ['an invalid serial in the list', { serials: ['ok', ''] }, 'serials'],
  ])('refuses %s with 400', async (_case, extra, field) => {
    const before = (await api.http.get('/health')).body.details.eventStore.position;
    const response = await api.http
      .post('/v1/units/batch')
      .send({ sku: 'CELL', location: 'LINE-3', ...extra })
      .expect(400);
    expect(response.body.details).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
    expect((await api.http.get('/health')).body.details.eventStore.position).toBe(before);
  });

  it('pages through the units of a lot with cursors, each unit exactly once', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const query: string = `/v1/lots/BIG/units?limit=100${cursor ? `&cursor=${cursor}` : ''}`;
      const page = await api.http.get(query).set('X-Min-Position', '255').expect(200);
      seen.push(...page.body.items.map((u: { serial: string }) => u.serial));
      cursor = page.body.nextCursor;
      pages++;
    } while (cursor);
    expect(pages).toBe(3);
    expect(seen).toHaveLength(250);
    expect(new Set(seen).size).toBe(250);
    expect(seen[0]).toBe('C-0001');
  });

  it('pages the units at a location', async () => {
    const page = await api.http.get('/v1/locations/LINE-2/units?limit=2').set('X-Min-Position', '255').expect(200);
    expect(page.body.items.map((u: { serial: string }) => u.serial)).toEqual(['X-1', 'X-2']);
    const next = await api.http.get(`/v1/locations/LINE-2/units?limit=2&cursor=${page.body.nextCursor}`).expect(200);
    expect(next.body).toEqual({ items: [expect.objectContaining({ serial: 'X-3' }), expect.objectContaining({ serial: 'X-4' })], nextCursor: null });
  });
});
