import { RecallReactor } from '@trace/application';
import { eventually } from '@trace/shared/testing/eventually';
import { RunningApi, startedForSuite } from './api';

const coordinatorOf = async (suite: { api: RunningApi }) => {
  const issued = await suite.api.http
    .post('/v1/keys')
    .send({ name: `coordinator-${Date.now()}`, roles: ['recall-coordinator'] })
    .expect(201);
  return suite.api.as(issued.body.key as string);
};

/**
 * A lot made from a recalled lot is held from the moment the recall is in the read models, before the recall
 * reactor writes the hold into its history: here the reactor is stopped, so only the read models can say so; and
 * a recall closed before the reactor reached such lots still releases them.
 */
describe('a lot made from a recalled lot, before the recall reactor reaches it', () => {
  const suite = startedForSuite();

  it('refuses its shipment, sale and use, naming the recall, and still moves it', async () => {
    const http = suite.api.http;
    await suite.api.app.get(RecallReactor).stop();
    await http.post('/v1/lots').send({ lotId: 'MALT-1', sku: 'MALT', uom: 'KGM', location: 'KILN', quantity: 50 }).expect(201);
    await http.post('/v1/lots').send({ lotId: 'BEER-1', sku: 'BEER', uom: 'LTR', location: 'BREWERY', quantity: 400 }).expect(201);
    await http.post('/v1/lots/MALT-1/consumptions').send({ from: 'KILN', quantity: 20, intoLot: 'BEER-1' }).expect(201);
    const opened = await http
      .post('/v1/recalls')
      .send({ recallId: 'RC-MALT', lotIds: ['MALT-1'], reason: 'mould', severity: 'high' })
      .expect(201);
    // The read models include the recall: its recalled lot is listed as held.
    const recall = await http.get('/v1/recalls/RC-MALT').set('X-Min-Position', String(opened.body.position)).expect(200);
    expect(recall.body).toMatchObject({ affectedLots: 1, outstandingLots: 1 });

    const sale = await http.post('/v1/lots/BEER-1/sales').send({ from: 'BREWERY', customer: 'PUB', quantity: 10, receipt: 'R-1' }).expect(409);
    expect(sale.body.details).toMatchObject({ rule: 'quarantined' });
    expect(sale.body.message).toContain('RC-MALT');
    const shipment = await http.post('/v1/lots/BEER-1/shipments').send({ from: 'BREWERY', to: 'PUB', quantity: 10 }).expect(409);
    expect(shipment.body.details).toMatchObject({ rule: 'quarantined' });
    await http.post('/v1/lots').send({ lotId: 'CRATE-1', sku: 'CRATE', location: 'BREWERY', quantity: 10 }).expect(201);
    const use = await http.post('/v1/lots/BEER-1/consumptions').send({ from: 'BREWERY', quantity: 10, intoLot: 'CRATE-1' }).expect(409);
    expect(use.body.details).toMatchObject({ rule: 'quarantined' });
    await http.post('/v1/lots/BEER-1/moves').send({ from: 'BREWERY', to: 'HOLD', quantity: 400 }).expect(201);
    // A sale dated before the recall happened, and is recorded.
    const before = new Date(Date.parse(recall.body.recalledAt) - 60_000).toISOString();
    await http.post('/v1/lots/BEER-1/sales').send({ from: 'HOLD', customer: 'PUB', quantity: 1, receipt: 'R-0', occurredAt: before }).expect(201);
  });

  it('releases at a forced close the lots the reactor held after the close was recorded', async () => {
    const http = suite.api.http;
    const reactor = suite.api.app.get(RecallReactor);
    await reactor.stop();
    await http.post('/v1/lots').send({ lotId: 'HOPS-1', sku: 'HOPS', uom: 'KGM', location: 'FARM', quantity: 9 }).expect(201);
    await http.post('/v1/lots').send({ lotId: 'ALE-1', sku: 'ALE', uom: 'LTR', location: 'FARM', quantity: 90 }).expect(201);
    await http.post('/v1/lots/HOPS-1/consumptions').send({ from: 'FARM', quantity: 3, intoLot: 'ALE-1' }).expect(201);
    await http
      .post('/v1/recalls')
      .send({ recallId: 'RC-HOPS', lotIds: ['HOPS-1'], reason: 'pesticide', severity: 'low' })
      .expect(201);
    const closed = await (await coordinatorOf(suite)).post('/v1/recalls/RC-HOPS/close').send({ force: true, reason: 'false alarm' }).expect(200);
    // Only the recalled lot was held when the close was recorded; the reactor now holds the ale after it.
    expect(closed.body).toMatchObject({ outstandingLots: 1 });
    reactor.start();
    const released = async () => {
      const lots = (await http.get('/v1/recalls/RC-HOPS/lots').expect(200)).body.items as Array<{ state: string; action: string | null }>;
      return lots.length === 2 && lots.every((lot) => lot.state === 'resolved' && lot.action === 'released');
    };
    await eventually(released, 10_000);
    await http.post('/v1/lots/ALE-1/sales').send({ from: 'FARM', customer: 'PUB', quantity: 1, receipt: 'R-ALE' }).expect(201);
  });
});
