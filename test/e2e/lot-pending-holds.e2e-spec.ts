import { RecallReactor } from '@trace/application';
import { startedForSuite } from './api';

/**
 * A lot made from a recalled lot is held from the moment the recall is in the read models, before the recall
 * reactor writes the hold into its history: here the reactor is stopped, so only the read models can say so.
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
});
