import { startedForSuite } from './api';
import { trace } from './cli';

describe('the actor in the history is the authenticated principal', () => {
  const suite = startedForSuite();
  let position = 0;
  const history = async (serial: string) =>
    (await suite.api.http.get(`/v1/units/PUMP/${serial}/history`).set('X-Min-Position', String(position)).expect(200)).body.items;

  it('ignores a forged X-Actor: the history names the key', async () => {
    const scanner = await suite.api.http
      .post('/v1/keys')
      .send({ name: 'scanner-hub', roles: ['operator'] })
      .expect(201);
    const answer = await suite.api
      .as(scanner.body.key)
      .post('/v1/units')
      .set('X-Actor', 'recall-reactor')
      .send({ sku: 'PUMP', serial: 'A-1', location: 'WH-A' })
      .expect(201);
    position = answer.body.position;
    const [assigned] = await history('A-1');
    expect(assigned.metadata).toEqual(expect.objectContaining({ actor: 'scanner-hub' }));
    expect(assigned.metadata.onBehalfOf).toBeUndefined();
  });

  it('records X-On-Behalf-Of beside the actor, in the history and in exports', async () => {
    const answer = await suite.api.http
      .post('/v1/units')
      .set('X-On-Behalf-Of', 'badge-0042')
      .send({ sku: 'PUMP', serial: 'A-2', location: 'WH-A' })
      .expect(201);
    position = answer.body.position;
    const [assigned] = await history('A-2');
    expect(assigned.metadata).toEqual(expect.objectContaining({ actor: 'admin', onBehalfOf: 'badge-0042' }));

    const csv = await trace(suite.dir, ['export', '--format', 'csv', '--stream-prefix', 'unit-PUMP:A-']);
    expect(csv.code).toBe(0);
    const [header, ...rows] = csv.stdout.trim().split('\n');
    const column = (name: string) => header.split(',').indexOf(name);
    expect(rows.map((row) => [row.split(',')[column('actor')], row.split(',')[column('onBehalfOf')]])).toEqual([
      ['scanner-hub', ''],
      ['admin', 'badge-0042'],
    ]);
  });

  it.each([['x'.repeat(65)], ['tab\there']])('refuses X-On-Behalf-Of %j with 400 naming the header, recording nothing', async (value) => {
    const answer = await suite.api.http.post('/v1/units').set('X-On-Behalf-Of', value).send({ sku: 'PUMP', serial: 'A-3', location: 'WH-A' });
    expect(answer.status).toBe(400);
    expect(answer.body.details).toEqual([expect.objectContaining({ field: 'X-On-Behalf-Of' })]);
    await suite.api.http.get('/v1/units/PUMP/A-3').expect(404);
  });
});
