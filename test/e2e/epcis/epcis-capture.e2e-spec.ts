import { RecallReactor } from '@trace/application';
import { startedForSuite } from '../api';
import { commissioning, documentOf, EpcisClient, epcisClient } from './epcis-documents';

/* eslint-disable @typescript-eslint/no-explicit-any -- supertest answers untyped bodies; each test asserts the shape it expects */

const PUMP = '10614141073464';
const sgtin = (serial: string) => `urn:epc:id:sgtin:0614141.107346.${serial}`;
const sale = (serial: string, extra: object = {}) => ({
  type: 'ObjectEvent',
  eventTime: '2026-11-05T10:00:00.000Z',
  eventTimeZoneOffset: '+00:00',
  epcList: [sgtin(serial)],
  action: 'OBSERVE',
  bizStep: 'retail_selling',
  disposition: 'retail_sold',
  bizLocation: { id: 'urn:epc:id:sgln:0614141.07346.0' },
  ...extra,
});

/** Capture over HTTP (issue 21): jobs, rollback and proceed, re-sent documents, the schema, the limits, single events. */
describe('EPCIS capture over HTTP', () => {
  const suite = startedForSuite();
  let epcis: EpcisClient;

  beforeAll(async () => {
    epcis = await epcisClient(suite.api);
  });

  it('captures a document, answers 202 with the job at its Location, and carries out its events', async () => {
    const document = documentOf([
      commissioning([sgtin('C-1'), sgtin('C-2')], { eventID: 'urn:uuid:7d2c7e6e-0b8a-4f4e-9d3e-0c5f3c2a0001', ilmd: { 'cbvmda:lotNumber': 'LOT-9' } }),
    ]);
    const sent = await epcis.capture(document);
    expect(sent.status).toBe(202);
    expect(sent.headers['gs1-epcis-capture-limit']).toBe('10000');
    expect(sent.headers['gs1-epcis-capture-file-size-limit']).toBe(String(2 * 1024 * 1024));
    expect(sent.body).toEqual({
      captureID: expect.any(String),
      running: false,
      success: true,
      captureErrorBehaviour: 'rollback',
      events: 1,
      applied: 1,
      errors: [],
      position: expect.any(Number),
    });
    expect(sent.headers.location).toBe(`/epcis/capture/${sent.body.captureID}`);
    expect((await epcis.client.get(sent.headers.location).expect(200)).body).toEqual(sent.body);

    // A GTIN no product had became a product whose SKU is the GTIN; the lot was registered, produced at the event's time.
    expect(await epcis.read(`/v1/products/${PUMP}`)).toEqual(expect.objectContaining({ sku: PUMP, gtin: PUMP }));
    expect(await epcis.read(`/v1/units/${PUMP}/C-1`)).toEqual(
      expect.objectContaining({ lotId: 'LOT-9', status: 'in_stock', location: 'urn:epc:id:sgln:0614141.07346.0' }),
    );
    expect(await epcis.read('/v1/lots/LOT-9')).toEqual(expect.objectContaining({ sku: PUMP, producedAt: '2026-11-02T08:00:00.000Z' }));
  });

  it('captures a re-sent document again without changing anything, and knows an event without eventID by its canonical hash', async () => {
    const unnamed = commissioning([sgtin('H-1')]);
    const first = await epcis.capture(documentOf([unnamed]));
    expect(first.body).toEqual(expect.objectContaining({ success: true, applied: 1 }));
    const history = await epcis.read(`/v1/units/${PUMP}/H-1/history`);

    // The same event written another way: its properties in another order, its bizStep as a CBV web URI.
    const rewritten = { ...Object.fromEntries(Object.entries(unnamed).reverse()), bizStep: 'https://ref.gs1.org/cbv/BizStep-commissioning' };
    const again = await epcis.capture(documentOf([rewritten, unnamed]));
    expect(again.body).toEqual(expect.objectContaining({ success: true, events: 2, applied: 0, errors: [] }));
    expect(await epcis.read(`/v1/units/${PUMP}/H-1/history`)).toEqual(history);

    const found = await epcis.read(`/epcis/events?MATCH_epc=${encodeURIComponent(sgtin('H-1'))}`);
    const [event] = found.epcisBody.queryResults.resultsBody.eventList;
    expect(found.epcisBody.queryResults.resultsBody.eventList).toHaveLength(1);
    expect(event.eventID).toMatch(/^ni:\/\/\/sha-256;[0-9a-f]{64}\?ver=CBV2\.0$/);
    expect((await epcis.read(`/epcis/events/${encodeURIComponent(event.eventID)}`)).epcisBody.queryResults.resultsBody.eventList).toEqual([event]);
  });

  it('under rollback applies nothing of a document with a failing event, and says which failed and why', async () => {
    const document = documentOf([commissioning([sgtin('R-1')]), sale('NEVER-ASSIGNED', { eventID: 'urn:uuid:7d2c7e6e-0b8a-4f4e-9d3e-0c5f3c2a0002' })]);
    const sent = await epcis.capture(document);
    expect(sent.status).toBe(202);
    expect(sent.body).toEqual(expect.objectContaining({ success: false, captureErrorBehaviour: 'rollback', applied: 0 }));
    expect(sent.body.errors).toEqual([
      { eventIndex: 1, eventID: 'urn:uuid:7d2c7e6e-0b8a-4f4e-9d3e-0c5f3c2a0002', message: `unit ${PUMP}/NEVER-ASSIGNED not found` },
    ]);
    await epcis.client.get(`/v1/units/${PUMP}/R-1`).set('X-Min-Position', String(sent.body.position)).expect(404);
    // Nothing of it was kept as captured either: the same document captured later is new.
    const found = await epcis.read(`/epcis/events?MATCH_epc=${encodeURIComponent(sgtin('R-1'))}`);
    expect(found.epcisBody.queryResults.resultsBody.eventList).toEqual([]);
  });

  it('under proceed applies every event that succeeded, and names the rule a refused one broke', async () => {
    const assigned = await epcis.capture(documentOf([commissioning([sgtin('P-1'), sgtin('P-2')])]));
    expect(assigned.body.success).toBe(true);
    const scrapping = { ...sale('P-2'), action: 'DELETE', bizStep: 'destroying', disposition: 'destroyed' };
    const document = documentOf([scrapping, commissioning([sgtin('P-3')]), sale('P-2')]);
    const sent = await epcis.capture(document, 'proceed');
    expect(sent.body).toEqual(expect.objectContaining({ success: false, captureErrorBehaviour: 'proceed', events: 3, applied: 2 }));
    expect(sent.body.errors).toEqual([
      { eventIndex: 2, eventID: expect.stringMatching(/^ni:/), rule: expect.any(String), message: expect.stringContaining('P-2') },
    ]);
    expect(await epcis.read(`/v1/units/${PUMP}/P-2`, sent.body.position)).toEqual(expect.objectContaining({ status: 'scrapped' }));
    expect(await epcis.read(`/v1/units/${PUMP}/P-3`)).toEqual(expect.objectContaining({ status: 'in_stock' }));
  });

  it('sights in a document the units its earlier events made of a product it registered, which no read model knows yet', async () => {
    const fresh = 'urn:epc:id:sgtin:0614141.207346.S-1';
    const sighting = { ...sale('S-1'), epcList: [fresh], bizStep: 'inspecting', disposition: 'active', readPoint: { id: 'urn:epc:id:sgln:0614141.07346.0' } };
    const sent = await epcis.capture(documentOf([commissioning([fresh]), sighting]));
    expect(sent.body).toEqual(expect.objectContaining({ success: true, events: 2, applied: 2, errors: [] }));
    const history = await epcis.read(`/v1/units/20614141073461/S-1/history`, sent.body.position);
    expect(history.items.map((event: any) => event.type)).toEqual(['SerialAssigned', 'UnitObserved']);
  });

  it('fails an event naming a lot of another product with lot-of-another-sku', async () => {
    await epcis.client.post('/v1/products').send({ sku: 'OTHER', name: 'Other' }).expect(201);
    await epcis.client.post('/v1/lots').send({ lotId: 'L-OTHER', sku: 'OTHER' }).expect(201);
    const sent = await epcis.capture(documentOf([commissioning([sgtin('L-1')], { ilmd: { 'cbvmda:lotNumber': 'L-OTHER' } })]));
    expect(sent.body.errors).toEqual([expect.objectContaining({ eventIndex: 0, rule: 'lot-of-another-sku' })]);
  });

  it('moves lot quantities by shipping, receiving, selling and destroying: a receiving finds its shipment by a business transaction', async () => {
    const MILL = 'urn:epc:id:sgln:0614141.07346.0';
    const SHOP = 'urn:epc:id:sgln:0614141.07346.5';
    const SHOP_PARTY = 'urn:epc:id:pgln:0614141.00005';
    const lgtin = 'urn:epc:class:lgtin:0614141.107346.FL-1';
    const counted = (quantity: number, uom = 'KGM') => ({ epcList: [], quantityList: [{ epcClass: lgtin, quantity, uom }] });
    const asn = { bizTransactionList: [{ type: 'desadv', bizTransaction: 'urn:epcglobal:cbv:bt:0614141073467:ASN-9' }] };
    const step = (bizStep: string, place: string, extra: object) => ({ ...sale('x'), bizStep, disposition: 'active', bizLocation: { id: place }, ...extra });
    const sent = await epcis.capture(
      documentOf([
        commissioning([], counted(500)),
        step('shipping', MILL, { ...counted(200), ...asn, destinationList: [{ type: 'owning_party', destination: SHOP_PARTY }] }),
      ]),
    );
    expect(sent.body).toEqual(expect.objectContaining({ success: true, applied: 2 }));
    const shipped = await epcis.read('/v1/lots/FL-1/stock');
    expect(shipped).toEqual(
      expect.objectContaining({
        uom: 'KGM',
        produced: 500,
        atLocations: [{ location: MILL, quantity: 300 }],
        inTransit: [{ shipmentId: 'urn:epcglobal:cbv:bt:0614141073467:ASN-9', to: SHOP_PARTY, quantity: 200 }],
      }),
    );

    const received = await epcis.capture(
      documentOf([
        step('receiving', SHOP, { ...counted(200), bizTransactionList: [{ type: 'po', bizTransaction: 'urn:example:po:1' }, ...asn.bizTransactionList] }),
        step('retail_selling', SHOP, counted(2.5)),
        { ...step('destroying', SHOP, counted(7.5)), action: 'DELETE' },
      ]),
    );
    expect(received.body).toEqual(expect.objectContaining({ success: true, applied: 3 }));
    expect(await epcis.read('/v1/lots/FL-1/stock')).toEqual(
      expect.objectContaining({
        atLocations: [
          { location: MILL, quantity: 300 },
          { location: SHOP, quantity: 190 },
        ],
        inTransit: [],
        withCustomers: [{ customer: 'retail', quantity: 2.5 }],
        disposed: 7.5,
      }),
    );

    // Refused as the native routes refuse it: more than is in stock, a unit the lot is not counted in, no quantity.
    const refused = await epcis.capture(
      documentOf([
        step('retail_selling', SHOP, counted(1000)),
        step('retail_selling', SHOP, counted(1, 'EA')),
        step('retail_selling', SHOP, { epcList: [], quantityList: [{ epcClass: lgtin }] }),
      ]),
      'proceed',
    );
    expect(refused.body.errors).toEqual([
      expect.objectContaining({ eventIndex: 0, rule: expect.any(String), message: expect.stringContaining('FL-1') }),
      expect.objectContaining({ eventIndex: 1, message: 'lot FL-1 is counted in KGM, not EA' }),
      expect.objectContaining({ eventIndex: 2, message: 'lot FL-1 needs a quantity: its stock is counted' }),
    ]);
  });

  it('refuses a document the schema refuses with its errors, field by field, and captures nothing of it', async () => {
    const document = documentOf([commissioning([sgtin('S-1')]), { ...commissioning([sgtin('S-2')]), action: 'FOO' }]);
    const refused = await epcis.client.post('/epcis/capture').set('content-type', 'application/ld+json').send(JSON.stringify(document)).expect(400);
    expect(refused.body.details).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'epcisBody.eventList[1].action' })]));
    await epcis.client.get(`/v1/units/${PUMP}/S-1`).expect(404);
    const notADocument = await epcis.client
      .post('/epcis/capture')
      .send(commissioning([sgtin('S-1')]))
      .expect(400);
    expect(notADocument.body.details).toEqual([{ field: 'type', message: expect.stringContaining('EPCISDocument') }]);
    const behaviour = await epcis.client.post('/epcis/capture').set('GS1-Capture-Error-Behaviour', 'sometimes').send(document).expect(400);
    expect(behaviour.body.details).toEqual([{ field: 'GS1-Capture-Error-Behaviour', message: 'must be one of rollback, proceed' }]);
  });

  it('advertises its limits on OPTIONS and answers 413 over them', async () => {
    const options = await epcis.client.options('/epcis/capture').expect(204);
    expect(options.headers['gs1-epcis-capture-limit']).toBe('10000');
    expect(options.headers['gs1-epcis-capture-file-size-limit']).toBe('2097152');
    const tiny = { type: 'ObjectEvent', action: 'OBSERVE', eventTime: '2026-11-01T00:00:00Z', eventTimeZoneOffset: '+00:00', epcList: [] };
    const tooMany = await epcis.client
      .post('/epcis/capture')
      .send(documentOf(Array.from({ length: 10_001 }, () => tiny)))
      .expect(413);
    expect(tooMany.headers['gs1-epcis-capture-limit']).toBe('10000');
    const padding = 'x'.repeat(2 * 1024 * 1024);
    await epcis.client
      .post('/epcis/capture')
      .send(documentOf([{ ...tiny, 'example:padding': padding }]))
      .expect(413);
  });

  it('captures one event at POST /epcis/events: 201 at its Location, the same again changes nothing, a refused one is the domain’s error', async () => {
    const event = { '@context': ['https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld'], ...commissioning([sgtin('E-1')]) };
    const created = await epcis.client.post('/epcis/events').send(event).expect(201);
    expect(created.body).toEqual({ eventID: expect.stringMatching(/^ni:/), captureID: expect.any(String), captured: true });
    expect(created.headers.location).toBe(`/epcis/events/${encodeURIComponent(created.body.eventID)}`);
    expect((await epcis.client.post('/epcis/events').send(event).expect(201)).body).toEqual(
      expect.objectContaining({ eventID: created.body.eventID, captured: false }),
    );

    const refused = await epcis.client
      .post('/epcis/events')
      .send({ ...event, ...sale('E-1'), action: 'DELETE', bizStep: 'destroying', eventID: 'urn:uuid:7d2c7e6e-0b8a-4f4e-9d3e-0c5f3c2a0003' })
      .expect(201);
    expect(refused.body.captured).toBe(true);
    const twice = await epcis.client
      .post('/epcis/events')
      .send({ ...event, ...sale('E-1'), eventID: 'urn:uuid:7d2c7e6e-0b8a-4f4e-9d3e-0c5f3c2a0004' })
      .expect(409);
    expect(twice.body.details.rule).toEqual(expect.any(String));
    await epcis.client.get(`/epcis/events/${encodeURIComponent('urn:uuid:7d2c7e6e-0b8a-4f4e-9d3e-0c5f3c2a0004')}`).expect(404);
    const malformed = await epcis.client
      .post('/epcis/events')
      .send({ ...event, epcList: ['urn:epc:id:sgtin:0614141.107346'] })
      .expect(400);
    expect(malformed.body.details).toEqual([{ field: 'event', message: expect.stringContaining('epcList[0]') }]);
  });

  it('lets only operators capture', async () => {
    const issued = await suite.api.http.post('/v1/keys').send({ name: 'analyst', roles: ['analyst'] });
    const viewer = suite.api.as(issued.body.key);
    await viewer
      .post('/epcis/capture')
      .send(documentOf([commissioning([sgtin('V-1')])]))
      .expect(403);
    await viewer.get('/epcis/events').expect(200);
  });

  // Last: it stops the suite's recall reactor.
  it('refuses the shipment and sale of units a recall holds, before the recall reactor has recorded the hold', async () => {
    await suite.api.app.get(RecallReactor).stop();
    expect((await epcis.capture(documentOf([commissioning([sgtin('Q-1'), sgtin('Q-2'), sgtin('Q-3')])]))).body.success).toBe(true);
    const issued = await suite.api.http.post('/v1/keys').send({ name: 'coordinator', roles: ['recall-coordinator'] });
    const opened = await suite.api
      .as(issued.body.key)
      .post('/v1/recalls')
      .send({ recallId: 'RC-Q', units: [{ sku: PUMP, serial: 'Q-2' }], reason: 'cracked housing', severity: 'high' })
      .expect(201);
    // The recall is in the read models; with the reactor stopped, Q-2's hold is only pending there.
    await suite.api.http.get('/v1/recalls/RC-Q').set('X-Min-Position', String(opened.body.position)).expect(200);

    // After the recall: what happened before it is recorded all the same.
    const now = { eventTime: new Date().toISOString() };
    const shipping = (serial: string) => ({
      ...sale(serial, now),
      bizStep: 'shipping',
      disposition: 'in_transit',
      destinationList: [{ type: 'owning_party', destination: 'urn:epc:id:pgln:0614141.00001' }],
    });
    const sent = await epcis.capture(documentOf([shipping('Q-1'), shipping('Q-2'), sale('Q-3', now), sale('Q-2', now)]), 'proceed');
    expect(sent.body).toEqual(expect.objectContaining({ success: false, events: 4, applied: 2 }));
    expect(sent.body.errors).toEqual([
      { eventIndex: 1, eventID: expect.any(String), rule: 'quarantined', message: expect.stringContaining('RC-Q') },
      { eventIndex: 3, eventID: expect.any(String), rule: 'quarantined', message: expect.stringContaining('RC-Q') },
    ]);
    expect(await epcis.read(`/v1/units/${PUMP}/Q-1`, sent.body.position)).toEqual(expect.objectContaining({ status: 'in_transit' }));
    expect(await epcis.read(`/v1/units/${PUMP}/Q-2`)).toEqual(expect.objectContaining({ status: 'in_stock' }));
    expect(await epcis.read(`/v1/units/${PUMP}/Q-3`)).toEqual(expect.objectContaining({ status: 'sold' }));
  });
});
