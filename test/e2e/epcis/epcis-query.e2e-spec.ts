import { epcisSchemaProblems } from '../../../libs/application/src/epcis/epcis-schema';
import { startedForSuite } from '../api';
import { commissioning, CONTEXT, documentOf, EpcisClient, epcisClient } from './epcis-documents';

/* eslint-disable @typescript-eslint/no-explicit-any -- supertest answers untyped bodies; each test asserts the shape it expects */

type Json = Record<string, any>;
const eventsIn = (document: Json): Json[] => document.epcisBody.queryResults.resultsBody.eventList;
const PUMP_URN = (serial: string) => `urn:epc:id:sgtin:9506000.013435.${serial}`;
const PUMP_LINK = (serial: string) => `https://id.gs1.org/01/09506000134352/21/${serial}`;

/** Queries over HTTP (issue 21): native facts in their EPCIS view, every filter, pages, and captured events as they came. */
describe('EPCIS queries over HTTP', () => {
  const suite = startedForSuite();
  let epcis: EpcisClient;
  let position = 0;

  const post = async (path: string, body: object) => {
    const sent = await epcis.client.post(path).send(body);
    if (sent.status !== 201) throw new Error(`${path}: ${sent.status} ${JSON.stringify(sent.body)}`);
    position = Math.max(position, sent.body.position ?? 0);
    return sent.body;
  };
  const query = async (path: string): Promise<Json> => {
    const document = await epcis.read(path, position);
    expect(epcisSchemaProblems(document)).toEqual([]);
    return document;
  };

  beforeAll(async () => {
    epcis = await epcisClient(suite.api);
    await post('/v1/products', { sku: 'PUMP', name: 'Pump', gtin: '09506000134352', gs1CompanyPrefixLength: 7 });
    await post('/v1/products', { sku: 'PLAIN', name: 'Plain' });
    await post('/v1/products', { sku: 'STEEL', name: 'Steel', uom: 'KGM' });
    await post('/v1/lots', { lotId: 'STEEL-1', sku: 'STEEL', quantity: 100, uom: 'KGM', location: 'PLANT' });
    await post('/v1/units/batch', { sku: 'PUMP', location: 'PLANT', serials: ['S1', 'S2'], occurredAt: '2026-11-01T08:00:00Z' });
    await post('/v1/units/batch', { sku: 'PLAIN', location: 'PLANT', serials: ['P1'], occurredAt: '2026-11-01T08:00:00Z' });
    await post('/v1/lots/STEEL-1/consumptions', { from: 'PLANT', quantity: 2.5, intoUnit: { sku: 'PUMP', serial: 'S1' } });
    await post('/v1/units/PUMP/S1/moves', { to: 'WH-A', occurredAt: '2026-11-02T08:00:00Z' });
    await post('/v1/containers', { containerId: '095060001234567893', location: 'WH-A' });
    await post('/v1/containers/095060001234567893/contents', { units: [{ sku: 'PUMP', serial: 'S1' }] });
    await post('/v1/containers/095060001234567893/shipments', { to: 'SHOP-9' });
    await post('/v1/containers/095060001234567893/receipts', { by: 'SHOP-9', location: 'SHOP-9' });
    await epcis.client.delete('/v1/containers/095060001234567893/contents/PUMP/S1').expect(200);
    await post('/v1/units/PUMP/S1/sale', { customer: 'CUST-1', receipt: 'R-77' });
    await post('/v1/units/PUMP/S2/scrap', { reason: 'dropped' });
  });

  it('shows a unit’s native history as EPCIS, named by EPC URN when its product declares its company prefix', async () => {
    const document = await query(`/epcis/epcs/${encodeURIComponent(PUMP_URN('S1'))}/events`);
    expect(eventsIn(document).map((event) => [event.type, event.action ?? null, event.bizStep ?? null])).toEqual([
      ['ObjectEvent', 'ADD', 'commissioning'],
      ['TransformationEvent', null, null],
      ['ObjectEvent', 'OBSERVE', null],
      ['AggregationEvent', 'ADD', 'packing'],
      ['AggregationEvent', 'DELETE', 'unpacking'],
      ['ObjectEvent', 'OBSERVE', 'retail_selling'],
    ]);
    const [commissioned, consumed, moved, , , sold] = eventsIn(document);
    expect(commissioned).toEqual(
      expect.objectContaining({
        epcList: [PUMP_URN('S1')],
        bizLocation: { id: 'urn:trace:location:PLANT' },
        eventID: expect.stringMatching(/^urn:trace:event:/),
      }),
    );
    expect(consumed).toEqual(
      expect.objectContaining({ inputQuantityList: [{ epcClass: 'urn:trace:lot:STEEL-1', quantity: 2.5, uom: 'KGM' }], outputEPCList: [PUMP_URN('S1')] }),
    );
    expect(moved.bizLocation).toEqual({ id: 'urn:trace:location:WH-A' });
    // While packed, it travelled with its case: the case's events name the case, as the aggregation says.
    const travelled = eventsIn(await query(`/epcis/epcs/${encodeURIComponent('https://id.gs1.org/00/095060001234567893')}/events`));
    expect(travelled.map((event) => event.bizStep)).toEqual(['packing', 'shipping', 'receiving', 'unpacking']);
    expect(travelled[1]).toEqual(expect.objectContaining({ epcList: ['https://id.gs1.org/00/095060001234567893'], disposition: 'in_transit' }));
    expect(sold.destinationList).toEqual([{ type: 'owning_party', destination: 'urn:trace:party:CUST-1' }]);
    // The same unit by its Digital Link, and every event by its id.
    expect(eventsIn(await query(`/epcis/events?MATCH_anyEPC=${encodeURIComponent(PUMP_LINK('S1'))}&perPage=100`)).map((event) => event.eventID)).toEqual(
      eventsIn(document).map((event) => event.eventID),
    );
    expect(eventsIn(await query(`/epcis/events/${encodeURIComponent(sold.eventID)}`))).toEqual([sold]);
  });

  it('names a unit of a product with a GTIN and no declared prefix by Digital Link, and one without a GTIN by the service’s own URN', async () => {
    const plain = eventsIn(await query(`/epcis/epcs/${encodeURIComponent('urn:trace:unit:PLAIN:P1')}/events`));
    expect(plain).toEqual([expect.objectContaining({ action: 'ADD', epcList: ['urn:trace:unit:PLAIN:P1'] })]);
    await post('/v1/products', { sku: 'VALVE', name: 'Valve', gtin: '04006381333931' });
    await post('/v1/units/batch', { sku: 'VALVE', location: 'PLANT', serials: ['V1'] });
    const valve = eventsIn(await query(`/epcis/events?MATCH_epc=${encodeURIComponent('urn:epc:id:sgtin:4006381.033393.V1')}`));
    expect(valve).toEqual([expect.objectContaining({ epcList: ['https://id.gs1.org/01/04006381333931/21/V1'] })]);
  });

  it('filters by type, action, bizStep (any spelling), disposition, places, times, identifiers in every role and ids', async () => {
    const ids = async (parameters: string) => eventsIn(await query(`/epcis/events?perPage=1000&${parameters}`)).map((event) => event.eventID);
    const all = eventsIn(await query('/epcis/events?perPage=1000'));
    const matching = (test: (event: Json) => boolean) => all.filter(test).map((event) => event.eventID);
    expect(await ids('eventType=AggregationEvent')).toEqual(matching((event) => event.type === 'AggregationEvent'));
    expect(await ids('eventType=AggregationEvent,TransformationEvent')).toEqual(matching((event) => event.type !== 'ObjectEvent'));
    expect(await ids('EQ_action=DELETE')).toEqual(matching((event) => event.action === 'DELETE'));
    expect(await ids('EQ_bizStep=https://ref.gs1.org/cbv/BizStep-shipping')).toEqual(matching((event) => event.bizStep === 'shipping'));
    expect(await ids('EQ_disposition=destroyed')).toEqual(matching((event) => event.disposition === 'destroyed'));
    expect(await ids('EQ_bizLocation=urn:trace:location:WH-A')).toEqual([]);
    expect(await ids('EQ_bizLocation=WH-A')).toEqual(matching((event) => event.bizLocation?.id === 'urn:trace:location:WH-A'));
    expect(await ids('EQ_readPoint=SHOP-9')).toEqual(matching((event) => event.readPoint?.id === 'urn:trace:location:SHOP-9'));
    expect(await ids('GE_eventTime=2026-11-01T00:00:00Z&LT_eventTime=2026-11-02T00:00:00Z')).toEqual(
      matching((event) => event.eventTime >= '2026-11-01' && event.eventTime < '2026-11-02'),
    );
    expect((await ids('GE_eventTime=2026-11-01T00:00:00Z&LT_eventTime=2026-11-02T00:00:00Z')).length).toBeGreaterThan(0);
    expect(await ids(`GE_recordTime=${encodeURIComponent(all[3].recordTime)}`)).toEqual(matching((event) => event.recordTime >= all[3].recordTime));
    expect(await ids('MATCH_parentID=https://id.gs1.org/00/095060001234567893')).toEqual(matching((event) => event.type === 'AggregationEvent'));
    expect(await ids('MATCH_epcClass=urn:trace:lot:STEEL-1')).toHaveLength(2);
    expect(await ids(`MATCH_outputEPC=${encodeURIComponent(PUMP_URN('S1'))}`)).toEqual(matching((event) => event.type === 'TransformationEvent'));
    expect(await ids(`MATCH_inputEPC=${encodeURIComponent(PUMP_URN('S1'))}`)).toEqual([]);
    expect(await ids(`MATCH_epc=${encodeURIComponent(PUMP_URN('S2'))}&EQ_action=DELETE`)).toEqual(
      matching((event) => event.action === 'DELETE' && event.epcList?.[0] === PUMP_URN('S2')),
    );
    expect(await ids(`EQ_eventID=${encodeURIComponent(all[1].eventID)}`)).toEqual([all[1].eventID]);
    expect(await ids('EXISTS_errorDeclaration=true')).toEqual([]);
  });

  it('pages in the order events were recorded, the next page in the Link header', async () => {
    const all = eventsIn(await query('/epcis/events?perPage=1000')).map((event) => event.eventID);
    const seen: string[] = [];
    let next: string | undefined = '/epcis/events?perPage=3';
    while (next) {
      const answer: { body: Json; headers: Record<string, string> } = await epcis.client.get(next).set('X-Min-Position', String(position)).expect(200);
      expect(epcisSchemaProblems(answer.body)).toEqual([]);
      seen.push(...eventsIn(answer.body).map((event) => event.eventID));
      next = /<([^>]+)>; rel="next"/.exec(answer.headers.link ?? '')?.[1];
    }
    expect(seen).toEqual(all);
    const bad = await epcis.client.get('/epcis/events?nextPageToken=abc').expect(400);
    expect(bad.body.details).toEqual([{ field: 'nextPageToken', message: expect.any(String) }]);
    await epcis.client.get('/epcis/events?perPage=0').expect(400);
    await epcis.client.get('/epcis/events?GE_eventTime=yesterday').expect(400);
    await epcis.client.get(`/epcis/events/${encodeURIComponent('urn:uuid:00000000-0000-4000-8000-000000000000')}`).expect(404);
  });

  it('returns a captured event as it came, with its extensions and their namespaces, not again as what it was carried out as', async () => {
    const extended = commissioning([PUMP_URN('X1')], {
      'example:myField': { 'example:nested': 'kept' },
      eventID: 'urn:uuid:6b3f1a2e-4c5d-4e6f-8a9b-0c1d2e3f4a5b',
    });
    const sent = await epcis.capture({ ...documentOf([extended]), '@context': [...CONTEXT, { example: 'http://ns.example.com/epcis/' }] });
    expect(sent.body.success).toBe(true);
    position = Math.max(position, sent.body.position);
    const document = await query(`/epcis/epcs/${encodeURIComponent(PUMP_LINK('X1'))}/events`);
    expect(document['@context']).toEqual([...CONTEXT, { example: 'http://ns.example.com/epcis/' }]);
    expect(eventsIn(document)).toEqual([{ ...extended, recordTime: expect.any(String) }]);
  });
});
