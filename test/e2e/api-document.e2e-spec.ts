import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { eventually } from '@trace/shared/testing/eventually';
import { removeDataDir, RunningApi, SLOW_TEST_MS, startApi, tempDataDir } from './api';
import { routesOf } from './routes';

type Method = 'get' | 'post' | 'delete' | 'options';
interface Operation {
  responses: Record<string, { content?: Record<string, { schema?: object }> }>;
}
interface ApiDocument {
  paths: Record<string, Partial<Record<Method, Operation>>>;
  components: { schemas: Record<string, object> };
}

const SUCCESS = /^2\d\d$/;

/**
 * The OpenAPI document describes every route's answers with schemas, and the answers match them: a scenario calls
 * every route (successes and errors) and checks each body against the schema its route declares for that status.
 */
describe('the API document', () => {
  // The scenario sends over a hundred requests and waits twice for the recall reactor, on a machine that may be busy with other suites.
  jest.setTimeout(SLOW_TEST_MS);
  let dir: string;
  let api: RunningApi;
  let document: ApiDocument;
  let ajv: Ajv;
  let position = 0;
  const called = new Set<string>();
  /** Answers that do not match their declared schema (collected, so one run lists them all). */
  const mismatches: string[] = [];

  beforeAll(async () => {
    dir = tempDataDir();
    api = await startApi(dir);
    document = (await api.http.get('/docs-json').expect(200)).body as ApiDocument;
    ajv = new Ajv({ strict: false, allErrors: true });
    addFormats(ajv);
    ajv.addSchema({ $id: 'api', components: document.components });
  });
  afterAll(async () => {
    await api.close();
    removeDataDir(dir);
  });

  /** The schema `template` declares for `status`, its references pointing into the document's components. */
  function declared(method: Method, template: string, status: number, type = 'application/json'): object {
    const operation = document.paths[template]?.[method];
    if (!operation) throw new Error(`${method.toUpperCase()} ${template} is not in the document`);
    const schema = operation.responses[String(status)]?.content?.[type]?.schema;
    if (!schema) throw new Error(`${method.toUpperCase()} ${template} declares no ${type} schema for ${status}`);
    return JSON.parse(JSON.stringify(schema).replaceAll('"#/components/', '"api#/components/')) as object;
  }

  /** A 204 is declared, and answered, without content. */
  function noContent(method: Method, template: string, text: string): void {
    const answer = document.paths[template]?.[method]?.responses['204'];
    if (!answer) throw new Error(`${method.toUpperCase()} ${template} does not declare 204`);
    if (answer.content) throw new Error(`${method.toUpperCase()} ${template} declares content for 204`);
    if (text) throw new Error(`${method.toUpperCase()} ${template} answered 204 with content`);
  }

  /** Calls a route as a client, then checks status and body against what the document declares. */
  async function call(
    method: Method,
    template: string,
    params: Record<string, string>,
    options: { body?: object; query?: string; status?: number; key?: string } = {},
  ) {
    const status = options.status ?? (method === 'post' ? 201 : 200);
    const path = template.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(params[name]));
    const url = options.query ? `${path}?${options.query}` : path;
    const client = options.key ? api.as(options.key) : api.http;
    const request = method === 'get' ? client.get(url).set('X-Min-Position', String(position)) : client[method](url);
    const response = await (options.body ? request.send(options.body) : request).expect(status);
    try {
      if (status === 204) noContent(method, template, response.text);
      else if (String(response.headers['content-type']).startsWith('text/csv')) declared(method, template, status, 'text/csv');
      else {
        const validate = ajv.compile(declared(method, template, status));
        if (!validate(response.body))
          mismatches.push(`${method.toUpperCase()} ${url} ${status}: ${ajv.errorsText(validate.errors)}\n${JSON.stringify(response.body)}`);
      }
    } catch (error) {
      mismatches.push((error as Error).message);
    }
    called.add(`${method.toUpperCase()} ${template}`);
    if (typeof response.body?.position === 'number') position = Math.max(position, response.body.position);
    return response.body;
  }

  it('describes every route with a schema for its success and for each error it documents', () => {
    const problems: string[] = [];
    for (const [template, operations] of Object.entries(document.paths)) {
      for (const [method, operation] of Object.entries(operations)) {
        const statuses = Object.keys(operation.responses);
        if (!statuses.some((status) => SUCCESS.test(status))) problems.push(`${method} ${template}: no success answer`);
        for (const status of statuses) {
          const content = operation.responses[status].content ?? {};
          // 204 is the one answer without content.
          if (status !== '204' && !Object.values(content).some((media) => media.schema)) problems.push(`${method} ${template} ${status}: no schema`);
          const error = !SUCCESS.test(status) && template !== '/health';
          if (error && JSON.stringify(content['application/json']?.schema) !== JSON.stringify({ $ref: '#/components/schemas/ErrorResponse' })) {
            problems.push(`${method} ${template} ${status}: not an ErrorResponse`);
          }
        }
        if (!operation.responses['503']) problems.push(`${method} ${template}: 503 not documented`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('answers every route as the document says, errors included', async () => {
    const unit = (serial: string, sku = 'PUMP') => ({ sku, serial });
    const of = (sku: string, serial: string) => ({ sku, serial });
    await call('post', '/v1/lots', {}, { body: { lotId: 'L1', sku: 'PUMP', quantity: 10 } });
    await call('post', '/v1/lots', {}, { body: { lotId: 'L1', sku: 'PUMP' }, status: 409 });
    await call('post', '/v1/lots', {}, { body: { lotId: '', sku: 'PUMP' }, status: 400 });
    await call('post', '/v1/units/batch', {}, { body: { sku: 'PUMP', lotId: 'L1', location: 'WH-A', serials: ['1', '2', '3', '4', '5'] } });
    await call('post', '/v1/units', {}, { body: { sku: 'PUMP', serial: '6', lotId: 'L1', location: 'WH-A' } });
    await call('post', '/v1/units', {}, { body: { sku: 'PUMP', serial: '7', lotId: 'NOPE', location: 'WH-A' }, status: 422 });
    await call('post', '/v1/units/{sku}/{serial}/moves', of('PUMP', '1'), { body: { to: 'WH-B', reason: 'rebalance' } });
    await call('post', '/v1/units/{sku}/{serial}/moves', of('PUMP', 'NOPE'), { body: { to: 'WH-B' }, status: 404 });
    await call('post', '/v1/units/{sku}/{serial}/shipments', of('PUMP', '1'), { body: { to: 'DC-EAST' } });
    await call('post', '/v1/units/{sku}/{serial}/moves', of('PUMP', '1'), { body: { to: 'WH-B' }, status: 409 });
    await call('post', '/v1/units/{sku}/{serial}/receipts', of('PUMP', '1'), { body: { by: 'DC-EAST', location: 'DC-EAST/1' } });
    await call('post', '/v1/units/{sku}/{serial}/sale', of('PUMP', '1'), { body: { customer: 'ACME', receipt: 'R-1' } });
    await call('post', '/v1/units/{sku}/{serial}/returns', of('PUMP', '1'), { body: { reason: 'leak', location: 'DC-EAST/RMA' } });
    await call('post', '/v1/units/{sku}/{serial}/repairs', of('PUMP', '1'), { body: { description: 'seal' } });
    await call('post', '/v1/units/{sku}/{serial}/scrap', of('PUMP', '5'), { body: { reason: 'dropped' } });
    await call('get', '/v1/units/{sku}/{serial}', of('PUMP', '1'));
    await call('get', '/v1/units/{sku}/{serial}', of('PUMP', '1'), { query: `asOf=${encodeURIComponent(new Date().toISOString())}` });
    await call('get', '/v1/units/{sku}/{serial}', of('PUMP', 'NOPE'), { status: 404 });
    await call('get', '/v1/units/{sku}/{serial}/history', of('PUMP', '1'));
    await call('get', '/v1/lots/{lotId}', { lotId: 'L1' });
    await call('get', '/v1/lots/{lotId}', { lotId: 'NOPE' }, { status: 404 });
    await call('get', '/v1/lots/{lotId}/units', { lotId: 'L1' }, { query: 'limit=2' });
    await call('get', '/v1/lots/{lotId}/units', { lotId: 'L1' }, { query: 'transitive=true' });
    await call('get', '/v1/lots/{lotId}/units', { lotId: 'L1' }, { query: `knownAt=${encodeURIComponent(new Date().toISOString())}` });
    await call('get', '/v1/lots/{lotId}/units', { lotId: 'L1' }, { query: 'limit=0', status: 400 });
    await call('get', '/v1/locations/{location}/units', { location: 'WH-A' });
    await call('get', '/v1/locations/{location}/stock', { location: 'WH-A' });

    await call('post', '/v1/lots', {}, { body: { lotId: 'GLUE-1', sku: 'GLUE' } });
    await call('post', '/v1/units', {}, { body: { sku: 'MOD', serial: 'm1', location: 'WH-A' } });
    await call('post', '/v1/units/{sku}/{serial}/components', of('MOD', 'm1'), { body: unit('2') });
    await call('post', '/v1/units/{sku}/{serial}/components', of('MOD', 'm1'), { body: unit('NOPE'), status: 422 });
    await call('post', '/v1/units/{sku}/{serial}/consumed-lots', of('MOD', 'm1'), { body: { lotId: 'GLUE-1', quantity: 0.5 } });
    await call('get', '/v1/units/{sku}/{serial}/genealogy', of('MOD', 'm1'));
    await call('delete', '/v1/units/{sku}/{serial}/components/{childSku}/{childSerial}', { sku: 'MOD', serial: 'm1', childSku: 'PUMP', childSerial: '2' });

    await call('post', '/v1/containers', {}, { body: { containerId: 'PALLET-1', location: 'WH-A' } });
    await call('post', '/v1/containers', {}, { body: { containerId: 'CASE-1', location: 'WH-A' } });
    await call('post', '/v1/containers/{containerId}/contents', { containerId: 'CASE-1' }, { body: { units: [unit('3')] } });
    await call('post', '/v1/containers/{containerId}/contents', { containerId: 'PALLET-1' }, { body: { units: [unit('4')], containers: ['CASE-1'] } });
    await call('post', '/v1/containers/{containerId}/moves', { containerId: 'PALLET-1' }, { body: { to: 'DOCK-1' } });
    await call('post', '/v1/containers/{containerId}/moves', { containerId: 'CASE-1' }, { body: { to: 'DOCK-2' }, status: 409 });
    await call('get', '/v1/containers/{containerId}', { containerId: 'PALLET-1' });
    await call('get', '/v1/containers/{containerId}', { containerId: 'NOPE' }, { status: 404 });
    await call('delete', '/v1/containers/{containerId}/contents/{sku}/{serial}', { containerId: 'PALLET-1', sku: 'PUMP', serial: '4' });
    await call('delete', '/v1/containers/{containerId}/containers/{childId}', { containerId: 'PALLET-1', childId: 'CASE-1' });
    await call('post', '/v1/containers/{containerId}/shipments', { containerId: 'PALLET-1' }, { body: { to: 'DC-WEST' } });
    await call('post', '/v1/containers/{containerId}/receipts', { containerId: 'PALLET-1' }, { body: { by: 'DC-WEST', location: 'DC-WEST/1' } });

    // A lot-tracked good: its quantity is in stock at a location, and moves, ships, sells and goes into what is made from it.
    const flour = { lotId: 'FLOUR-1' };
    await call('post', '/v1/lots', {}, { body: { lotId: 'FLOUR-1', sku: 'FLOUR', uom: 'KGM', location: 'MILL', quantity: 100, expiresAt: '2099-01-01' } });
    await call('post', '/v1/lots', {}, { body: { lotId: 'FLOUR-2', sku: 'FLOUR', uom: 'kg', location: 'MILL', quantity: 1 }, status: 400 });
    await call('post', '/v1/lots', {}, { body: { lotId: 'FLOUR-2', sku: 'FLOUR', location: 'MILL' }, status: 400 });
    await call('post', '/v1/lots', {}, { body: { lotId: 'DOUGH-1', sku: 'DOUGH', uom: 'KGM' } });
    await call('post', '/v1/lots/{lotId}/moves', flour, { body: { from: 'MILL', to: 'BAKERY', quantity: 40 } });
    await call('post', '/v1/lots/{lotId}/moves', flour, { body: { from: 'MILL', to: 'BAKERY', quantity: 1000 }, status: 409 });
    await call('post', '/v1/lots/{lotId}/moves', flour, { body: { from: 'MILL', to: 'BAKERY', quantity: 0.0000001 }, status: 400 });
    await call('post', '/v1/lots/{lotId}/moves', { lotId: 'NOPE' }, { body: { from: 'MILL', to: 'BAKERY', quantity: 1 }, status: 404 });
    const { shipmentId } = await call('post', '/v1/lots/{lotId}/shipments', flour, { body: { from: 'MILL', to: 'BAKERY-CO', quantity: 20 } });
    expect(shipmentId).toEqual(expect.any(String));
    await call('post', '/v1/lots/{lotId}/shipments', flour, { body: { from: 'MILL', to: 'BAKERY-CO', quantity: 1000 }, status: 409 });
    await call('post', '/v1/lots/{lotId}/receipts', flour, { body: { shipmentId, by: 'BAKERY-CO', location: 'BAKERY-CO/1', quantity: 15 } });
    await call('post', '/v1/lots/{lotId}/receipts', flour, { body: { shipmentId, by: 'BAKERY-CO', location: 'BAKERY-CO/1', quantity: 10 }, status: 409 });
    await call('post', '/v1/lots/{lotId}/receipts', flour, {
      body: { shipmentId: 'SH-NOPE', by: 'BAKERY-CO', location: 'BAKERY-CO/1', quantity: 1 },
      status: 404,
    });
    await call('post', '/v1/lots/{lotId}/shipments/{shipmentId}/close', { ...flour, shipmentId }, { body: { reason: 'one pallet never arrived' } });
    await call('post', '/v1/lots/{lotId}/shipments/{shipmentId}/close', { ...flour, shipmentId }, { body: { reason: 'again' }, status: 409 });
    await call('post', '/v1/lots/{lotId}/shipments/{shipmentId}/close', { ...flour, shipmentId: 'SH-NOPE' }, { body: { reason: 'x' }, status: 404 });
    await call('post', '/v1/lots/{lotId}/sales', flour, { body: { from: 'MILL', customer: 'ACME', quantity: 10, receipt: 'R-2' } });
    await call('post', '/v1/lots/{lotId}/sales', flour, { body: { from: 'MILL', customer: 'ACME', quantity: 1000, receipt: 'R-3' }, status: 409 });
    await call('post', '/v1/lots/{lotId}/returns', flour, { body: { customer: 'ACME', location: 'MILL', quantity: 2, reason: 'torn bag' } });
    await call('post', '/v1/lots/{lotId}/returns', flour, { body: { customer: 'ACME', location: 'MILL', quantity: 100, reason: 'x' }, status: 409 });
    await call('post', '/v1/lots/{lotId}/consumptions', flour, { body: { from: 'BAKERY', quantity: 30, intoLot: 'DOUGH-1' } });
    await call('post', '/v1/lots/{lotId}/consumptions', flour, { body: { from: 'BAKERY', quantity: 1, intoUnit: of('MOD', 'm1') } });
    await call('post', '/v1/lots/{lotId}/consumptions', flour, { body: { from: 'BAKERY', quantity: 1, intoLot: 'NOPE' }, status: 422 });
    await call('post', '/v1/lots/{lotId}/consumptions', flour, { body: { from: 'BAKERY', quantity: 1 }, status: 400 });
    await call('post', '/v1/lots/{lotId}/consumptions', flour, { body: { from: 'BAKERY', quantity: 1000, intoLot: 'DOUGH-1' }, status: 409 });
    await call('post', '/v1/units/{sku}/{serial}/consumed-lots', of('MOD', 'm1'), { body: { lotId: 'FLOUR-1', quantity: 0.25, from: 'BAKERY' } });
    await call('post', '/v1/units/{sku}/{serial}/consumed-lots', of('MOD', 'm1'), { body: { lotId: 'FLOUR-1', quantity: 0.25 }, status: 400 });
    await call('post', '/v1/lots/{lotId}/adjustments', flour, { body: { location: 'MILL', quantity: -0.5, reason: 'count correction' } });
    await call('post', '/v1/lots/{lotId}/adjustments', flour, { body: { location: 'MILL', quantity: -1000, reason: 'x' }, status: 409 });
    await call('post', '/v1/lots/{lotId}/adjustments', flour, { body: { location: 'MILL', quantity: 0, reason: 'x' }, status: 400 });
    await call('post', '/v1/lots/{lotId}/disposals', flour, { body: { from: 'BAKERY', quantity: 1, reason: 'spoiled' } });
    await call('post', '/v1/lots/{lotId}/disposals', flour, { body: { from: 'BAKERY', quantity: 1000, reason: 'x' }, status: 409 });
    await call('get', '/v1/lots/{lotId}', flour);
    await call('get', '/v1/lots/{lotId}/stock', flour);
    await call('get', '/v1/lots/{lotId}/stock', flour, { query: `asOf=${encodeURIComponent(new Date().toISOString())}` });
    await call('get', '/v1/lots/{lotId}/stock', flour, { query: `knownAt=${encodeURIComponent(new Date().toISOString())}` });
    await call('get', '/v1/lots/{lotId}/stock', flour, { query: 'asOf=2000-01-01', status: 404 });
    await call('get', '/v1/lots/{lotId}/stock', flour, { query: 'asOf=yesterday', status: 400 });
    await call('get', '/v1/lots/{lotId}/stock', { lotId: 'NOPE' }, { status: 404 });
    await call('get', '/v1/locations/{location}/lots', { location: 'MILL' });
    await call('get', '/v1/locations/{location}/lots', { location: 'BAKERY' }, { query: 'sku=FLOUR&expiringBefore=2100-01-01&limit=1' });
    await call('get', '/v1/locations/{location}/lots', { location: 'MILL' }, { query: 'limit=0', status: 400 });
    await call('get', '/v1/lots/{lotId}/genealogy', { lotId: 'DOUGH-1' });
    await call('get', '/v1/lots/{lotId}/genealogy', flour);
    await call('get', '/v1/lots/{lotId}/genealogy', { lotId: 'NOPE' }, { status: 404 });

    const recall = await call('post', '/v1/recalls', {}, { body: { recallId: 'RC-1', lotIds: ['L1'], reason: 'seal defect', severity: 'high' } });
    expect(recall.recallId).toBe('RC-1');
    await call('post', '/v1/recalls', {}, { body: { lotIds: ['NOPE'], reason: 'x', severity: 'high' }, status: 422 });
    await call('get', '/v1/recalls/{recallId}', { recallId: 'RC-1' });
    await call('get', '/v1/recalls/{recallId}/units', { recallId: 'RC-1' }, { query: 'state=outstanding' });
    await call('get', '/v1/recalls/{recallId}/units.csv', { recallId: 'RC-1' });
    await eventually(async () => (await api.http.get('/v1/units/PUMP/6').set('X-Min-Position', String(position))).body.openRecalls?.[0]?.quarantined === true);
    await call(
      'post',
      '/v1/recalls/{recallId}/units/{sku}/{serial}/resolution',
      { recallId: 'RC-1', sku: 'PUMP', serial: '6' },
      { body: { action: 'destroyed' } },
    );
    // The recalled lot L1 is held by the recall's own write: its hold is lifted once, and only where it is held.
    const held = { recallId: 'RC-1', lotId: 'L1' };
    await call('post', '/v1/recalls/{recallId}/lots/{lotId}/resolution', held, { body: { action: 'released', note: 'serials checked' } });
    await call('post', '/v1/recalls/{recallId}/lots/{lotId}/resolution', held, { body: { action: 'destroyed' }, status: 409 });
    await call('post', '/v1/recalls/{recallId}/lots/{lotId}/resolution', { ...held, lotId: 'GLUE-1' }, { body: { action: 'released' }, status: 409 });
    await call('post', '/v1/recalls/{recallId}/lots/{lotId}/resolution', { ...held, lotId: 'NOPE' }, { body: { action: 'released' }, status: 404 });
    await call('post', '/v1/recalls/{recallId}/lots/{lotId}/resolution', held, { body: { action: 'repaired' }, status: 400 });
    await call('post', '/v1/recalls/{recallId}/close', { recallId: 'RC-1' }, { body: {}, status: 409 });
    await call('post', '/v1/recalls/{recallId}/close', { recallId: 'RC-1' }, { body: { force: true, reason: 'written off' }, status: 200 });

    // A recall of the flour reaches the dough made from it; its lots have quantities by location, in transit and with customers.
    await call('post', '/v1/recalls', {}, { body: { recallId: 'RC-2', lotIds: ['FLOUR-1'], reason: 'mould', severity: 'critical' } });
    await eventually(async () => (await api.http.get('/v1/recalls/RC-2').set('X-Min-Position', String(position))).body.affectedLots === 2);
    await call('get', '/v1/recalls/{recallId}', { recallId: 'RC-2' });
    const firstLot = await call('get', '/v1/recalls/{recallId}/lots', { recallId: 'RC-2' }, { query: 'limit=1' });
    await call('get', '/v1/recalls/{recallId}/lots', { recallId: 'RC-2' }, { query: `cursor=${encodeURIComponent(firstLot.nextCursor)}` });
    await call('get', '/v1/recalls/{recallId}/lots', { recallId: 'RC-2' }, { query: 'limit=0', status: 400 });
    await call('get', '/v1/recalls/{recallId}/lots', { recallId: 'NOPE' }, { status: 404 });
    await call('get', '/v1/recalls/{recallId}/lots.csv', { recallId: 'RC-2' });
    await call('get', '/v1/recalls/{recallId}/lots.csv', { recallId: 'NOPE' }, { status: 404 });
    await call('post', '/v1/lots/{lotId}/sales', flour, { body: { from: 'MILL', customer: 'ACME', quantity: 1, receipt: 'R-4' }, status: 409 });
    await call('post', '/v1/recalls/{recallId}/lots/{lotId}/resolution', { recallId: 'RC-2', lotId: 'FLOUR-1' }, { body: { action: 'destroyed' } });
    await call('post', '/v1/recalls/{recallId}/lots/{lotId}/resolution', { recallId: 'RC-2', lotId: 'DOUGH-1' }, { body: { action: 'returned' } });
    await call('get', '/v1/recalls/{recallId}/lots', { recallId: 'RC-2' });
    // Finding things: every list with a filter, a page after a cursor, and its 400s.
    await call('get', '/v1/recalls', {});
    const newest = await call('get', '/v1/recalls', {}, { query: 'limit=1' });
    await call('get', '/v1/recalls', {}, { query: `state=closed&cursor=${encodeURIComponent(newest.nextCursor)}` });
    await call('get', '/v1/recalls', {}, { query: 'lotId=FLOUR-1&openedFrom=2020-01-01&openedTo=2100-01-01' });
    await call('get', '/v1/recalls', {}, { query: 'state=pending', status: 400 });
    await call('get', '/v1/lots', {}, { query: 'sku=FLOUR&expiringBefore=2100-01-01' });
    await call('get', '/v1/lots', {}, { query: 'site=MILL&producedFrom=2020-01-01&producedTo=2100-01-01' });
    await call('get', '/v1/lots', {}, { query: `sku=PUMP&knownAt=${encodeURIComponent(new Date().toISOString())}` });
    await call('get', '/v1/lots', {}, { query: 'colour=red', status: 400 });
    await call('get', '/v1/units', {}, { query: 'customer=ACME&status=returned' });
    await call('get', '/v1/units', {}, { query: `sku=PUMP&asOf=${encodeURIComponent(new Date().toISOString())}&limit=2` });
    await call('get', '/v1/units', {}, { query: 'status=sold', status: 400 });
    await call('get', '/v1/containers', {}, { query: 'location=DC-WEST/1&status=in_stock' });
    await call('get', '/v1/containers', {}, { query: 'status=lost', status: 400 });
    await call('get', '/v1/recalls/{recallId}/units', { recallId: 'RC-1' }, { query: 'customer=ACME&status=returned' });
    // The product catalogue.
    await call('post', '/v1/products', {}, { body: { sku: 'PUMP', name: 'Pump', gtin: '4006381333931' } });
    await call('post', '/v1/products', {}, { body: { sku: 'VALVE', name: 'Valve', gtin: '04006381333931' }, status: 409 });
    await call('post', '/v1/products', {}, { body: { sku: 'VALVE', name: 'Valve', gtin: '4006381333932' }, status: 400 });
    await call('get', '/v1/products/{sku}', { sku: 'PUMP' });
    await call('get', '/v1/products/{sku}', { sku: 'NOPE' }, { status: 404 });
    await call('get', '/v1/products', {}, { query: 'gtin=4006381333931' });
    await call('get', '/v1/products', {}, { query: 'gtin=123', status: 400 });
    // Scans, verification and suspects: PUMP's GTIN is 4006381333931, its units 1-6 exist.
    await call('post', '/v1/scans', {}, { body: { code: '(01)04006381333931(21)2', location: 'WH-A' } });
    await call('post', '/v1/scans', {}, { body: { code: 'urn:epc:id:sgtin:4006381.033393.5', location: 'MARKET', party: 'X' } });
    await call('post', '/v1/scans', {}, { body: { code: '(01)04006381333932(21)2', location: 'WH-A' }, status: 400 });
    await call('post', '/v1/scans', {}, { body: { code: '(01)00000096385074(21)2', location: 'WH-A' }, status: 422 });
    await call('post', '/v1/scans', {}, { body: { code: '(00)106141411234567897', location: 'WH-A' }, status: 404 });
    await call('post', '/v1/scans/batch', {}, { body: { location: 'WH-A', codes: ['(01)04006381333931(21)2', 'bad', '(01)04006381333931(21)NEVER'] } });
    await call('post', '/v1/scans/batch', {}, { body: { location: 'WH-A', codes: [] }, status: 400 });
    await call('post', '/v1/verifications', {}, { body: { gtin: '4006381333931', serial: '2', lot: 'L1' }, status: 200 });
    await call('post', '/v1/verifications', {}, { body: { code: 'https://example.com/01/04006381333931/21/FAKE' }, status: 200 });
    await call('post', '/v1/verifications', {}, { body: { gtin: '4006381333931' }, status: 400 });
    await call('post', '/v1/verifications', {}, { body: { gtin: '96385074', serial: '1' }, status: 422 });
    await call('get', '/v1/suspects', {}, { query: 'sku=PUMP&includeCleared=true' });
    await call('get', '/v1/suspects', {}, { query: 'includeCleared=maybe', status: 400 });
    await call('post', '/v1/units/{sku}/{serial}/suspicion/clear', of('PUMP', '5'), { body: { note: 'checked: genuine' } });
    await call('post', '/v1/units/{sku}/{serial}/suspicion/clear', of('PUMP', '5'), { body: { note: 'again' }, status: 409 });
    await call('post', '/v1/units/{sku}/{serial}/suspicion/clear', of('PUMP', 'NOPE'), { body: { note: 'x' }, status: 404 });
    await call('post', '/v1/units/batch', {}, { body: { sku: 'PUMP', location: 'SHELF', serials: ['C1', 'C2', 'C3'] } });
    await call('post', '/v1/counts', {}, { body: { countId: 'CC-1', location: 'SHELF' } });
    await call('post', '/v1/counts', {}, { body: { countId: 'CC-1', location: 'SHELF' }, status: 409 });
    await call('post', '/v1/counts', {}, { body: { countId: 'CC-2', location: 'SHELF', blind: 'yes' }, status: 400 });
    const counting = { codes: ['(01)04006381333931(21)C1'], units: [of('PUMP', 'C2'), of('PUMP', 'NEVER')], lots: [{ lotId: 'FLOUR-1', quantity: 2.5 }] };
    await call('post', '/v1/counts/{countId}/scans', { countId: 'CC-1' }, { body: counting });
    await call('post', '/v1/counts/{countId}/scans', { countId: 'CC-1' }, { body: { codes: ['(01)04006381333932(21)C1'] }, status: 400 });
    await call('post', '/v1/counts/{countId}/scans', { countId: 'NOPE' }, { body: counting, status: 404 });
    await call('get', '/v1/counts/{countId}', { countId: 'CC-1' });
    await call('get', '/v1/counts/{countId}', { countId: 'NOPE' }, { status: 404 });
    await call('get', '/v1/counts/{countId}/discrepancies', { countId: 'CC-1' }, { query: 'kind=missing' });
    await call(
      'post',
      '/v1/counts/{countId}/reconcile',
      { countId: 'CC-1' },
      { body: { missing: 'ignore', unexpected: 'ignore', lots: 'ignore' }, status: 409 },
    );
    await call('post', '/v1/counts/{countId}/close', { countId: 'CC-1' }, { body: {} });
    await call('post', '/v1/counts/{countId}/close', { countId: 'CC-1' }, { body: {}, status: 409 });
    await call('post', '/v1/counts/{countId}/scans', { countId: 'CC-1' }, { body: counting, status: 409 });
    await call('post', '/v1/counts/{countId}/close', { countId: 'NOPE' }, { body: {}, status: 404 });
    const firstDiscrepancy = await call('get', '/v1/counts/{countId}/discrepancies', { countId: 'CC-1' }, { query: 'limit=1' });
    await call('get', '/v1/counts/{countId}/discrepancies', { countId: 'CC-1' }, { query: `cursor=${encodeURIComponent(firstDiscrepancy.nextCursor)}` });
    await call('get', '/v1/counts/{countId}/discrepancies', { countId: 'CC-1' }, { query: 'kind=lost', status: 400 });
    await call('get', '/v1/counts/{countId}/discrepancies', { countId: 'NOPE' }, { status: 404 });
    await call('get', '/v1/counts/{countId}/discrepancies.csv', { countId: 'CC-1' }, { query: 'kind=unknown' });
    await call('get', '/v1/counts/{countId}/discrepancies.csv', { countId: 'NOPE' }, { status: 404 });
    const choices = { missing: 'mark-missing', unexpected: 'move-here', lots: 'adjust' };
    await call('post', '/v1/counts/{countId}/reconcile', { countId: 'CC-1' }, { body: choices });
    await call('post', '/v1/counts/{countId}/reconcile', { countId: 'CC-1' }, { body: { ...choices, lots: 'ignore' }, status: 409 });
    await call('post', '/v1/counts/{countId}/reconcile', { countId: 'CC-1' }, { body: { ...choices, lots: 'guess' }, status: 400 });
    await call('post', '/v1/counts/{countId}/reconcile', { countId: 'NOPE' }, { body: choices, status: 404 });
    await call('get', '/v1/counts', {}, { query: 'location=SHELF&state=reconciled' });
    await call('get', '/v1/counts', {}, { query: 'unit=PUMP/C1' });
    await call('get', '/v1/counts', {}, { query: 'from=yesterday', status: 400 });
    await call('post', '/v1/counts', {}, { body: { countId: 'CC-BLIND', location: 'SHELF', blind: true } });
    // Claim rates: a pack with a cell built in, sold under warranty and claimed, ranked by its lot and by the cell's.
    await call('post', '/v1/products', {}, { body: { sku: 'PACK', name: 'Pack', warranty: { months: 24, startsAt: 'sale' } } });
    await call('post', '/v1/lots', {}, { body: { lotId: 'PACKS-1', sku: 'PACK' } });
    await call('post', '/v1/lots', {}, { body: { lotId: 'CELLS-1', sku: 'CELL' } });
    await call('post', '/v1/units', {}, { body: { sku: 'PACK', serial: 'k1', lotId: 'PACKS-1', location: 'WH-A' } });
    await call('post', '/v1/units', {}, { body: { sku: 'CELL', serial: 'c1', lotId: 'CELLS-1', location: 'WH-A' } });
    await call('post', '/v1/units/{sku}/{serial}/components', of('PACK', 'k1'), { body: of('CELL', 'c1') });
    await call('post', '/v1/units/{sku}/{serial}/sale', of('PACK', 'k1'), { body: { customer: 'ACME', receipt: 'R-9' } });
    await call('post', '/v1/units/{sku}/{serial}/warranty-claims', of('PACK', 'k1'), { body: { claimId: 'WC-RATES', customer: 'ACME', problem: 'no charge' } });
    const byLot = await call('get', '/v1/analytics/claim-rates', {}, { query: 'sku=PACK' });
    expect(byLot.items).toEqual([{ lotId: 'PACKS-1', claims: 1, sold: 1, rate: 1, ratio: 1 }]);
    const byComponentLot = await call('get', '/v1/analytics/claim-rates', {}, { query: 'sku=PACK&by=component-lot' });
    expect(byComponentLot.items).toEqual([{ lotId: 'CELLS-1', claims: 1, sold: 1, rate: 1, ratio: 1 }]);
    await call('get', '/v1/analytics/claim-rates', {}, { query: 'sku=NOPE&by=component-lot' });
    await call('get', '/v1/analytics/claim-rates', {}, { query: 'by=lot', status: 400 });
    await call('get', '/v1/analytics/claim-rates', {}, { query: 'sku=PACK&by=supplier', status: 400 });
    // Warranty: the pack's, extended; a claim decided and resolved by a replacement; the lists.
    await call('post', '/v1/units', {}, { body: { sku: 'PACK', serial: 'k2', lotId: 'PACKS-1', location: 'WH-A' } });
    await call('get', '/v1/units/{sku}/{serial}/warranty', of('PACK', 'k1'));
    await call('get', '/v1/units/{sku}/{serial}/warranty', of('PACK', 'k1'), { query: 'asOf=2020-01-01', status: 404 });
    await call('get', '/v1/units/{sku}/{serial}/warranty', of('PACK', 'NOPE'), { status: 404 });
    await call('post', '/v1/units/{sku}/{serial}/warranty/extensions', of('PACK', 'k1'), { body: { months: 6, reason: 'service plan' } });
    await call('post', '/v1/units/{sku}/{serial}/warranty/extensions', of('PACK', 'k2'), { body: { months: 6, reason: 'x' }, status: 409 });
    await call('post', '/v1/units/{sku}/{serial}/warranty/extensions', of('PACK', 'k1'), { body: { months: 0, reason: 'x' }, status: 400 });
    await call('post', '/v1/units/{sku}/{serial}/warranty/void', of('PACK', 'k2'), { body: { reason: 'x' }, status: 409 });
    await call('post', '/v1/units/{sku}/{serial}/warranty/void', of('PACK', 'NOPE'), { body: { reason: 'x' }, status: 404 });
    await call('post', '/v1/units/{sku}/{serial}/warranty-claims', of('PACK', 'k1'), { body: { claimId: 'WC-X', customer: 'BOB', problem: 'x' }, status: 409 });
    await call('post', '/v1/units/{sku}/{serial}/warranty-claims', of('PACK', 'k1'), {
      body: { claimId: 'WC-X', customer: 'ACME', problem: 'x', goodwill: 'yes' },
      status: 400,
    });
    await call('post', '/v1/units/{sku}/{serial}/warranty-claims', of('PACK', 'NOPE'), {
      body: { claimId: 'WC-X', customer: 'ACME', problem: 'x' },
      status: 404,
    });
    await call('post', '/v1/warranty-claims/{claimId}/resolution', { claimId: 'WC-RATES' }, { body: { action: 'refunded', note: 'x' }, status: 409 });
    await call('post', '/v1/warranty-claims/{claimId}/decision', { claimId: 'WC-RATES' }, { body: { approved: true, reason: 'cell fault' } });
    await call('post', '/v1/warranty-claims/{claimId}/decision', { claimId: 'WC-RATES' }, { body: { approved: true, reason: 'again' }, status: 409 });
    await call('post', '/v1/warranty-claims/{claimId}/decision', { claimId: 'NOPE' }, { body: { approved: true, reason: 'x' }, status: 404 });
    await call('post', '/v1/warranty-claims/{claimId}/decision', { claimId: 'WC-RATES' }, { body: { approved: 'yes', reason: 'x' }, status: 400 });
    const swap = { action: 'replaced', note: 'new pack', replacement: of('PACK', 'k2'), returnedTo: 'RMA' };
    await call('post', '/v1/warranty-claims/{claimId}/resolution', { claimId: 'WC-RATES' }, { body: { action: 'replaced', note: 'x' }, status: 400 });
    await call(
      'post',
      '/v1/warranty-claims/{claimId}/resolution',
      { claimId: 'WC-RATES' },
      { body: { ...swap, replacement: of('PACK', 'NOPE') }, status: 422 },
    );
    await call('post', '/v1/warranty-claims/{claimId}/resolution', { claimId: 'NOPE' }, { body: swap, status: 404 });
    await call('post', '/v1/warranty-claims/{claimId}/resolution', { claimId: 'WC-RATES' }, { body: swap });
    await call('get', '/v1/warranty-claims/{claimId}', { claimId: 'WC-RATES' });
    await call('get', '/v1/warranty-claims/{claimId}', { claimId: 'NOPE' }, { status: 404 });
    await call('get', '/v1/warranty-claims', {}, { query: 'sku=PACK&state=resolved' });
    await call('get', '/v1/warranty-claims', {}, { query: 'state=lost', status: 400 });
    const context = ['https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld'];
    const epcisDocument = (eventList: object[]) => ({
      '@context': context,
      type: 'EPCISDocument',
      schemaVersion: '2.0',
      creationDate: '2026-12-01T00:00:00Z',
      epcisBody: { eventList },
    });
    const commission = (serial: string) => ({
      type: 'ObjectEvent',
      eventTime: '2026-11-02T08:00:00Z',
      eventTimeZoneOffset: '+00:00',
      epcList: [`urn:epc:id:sgtin:0614141.107346.${serial}`],
      action: 'ADD',
      bizStep: 'commissioning',
      bizLocation: { id: 'urn:epc:id:sgln:0614141.07346.0' },
    });
    const job = await call('post', '/epcis/capture', {}, { body: epcisDocument([commission('AD-1')]), status: 202 });
    await call('post', '/epcis/capture', {}, { body: epcisDocument([{ ...commission('AD-9'), action: 'FOO' }]), status: 400 });
    await call('post', '/epcis/capture', {}, { body: epcisDocument(Array.from({ length: 10_001 }, () => commission('AD-9'))), status: 413 });
    await call('get', '/epcis/capture/{captureID}', { captureID: job.captureID });
    await call('get', '/epcis/capture/{captureID}', { captureID: 'nope' }, { status: 404 });
    await call('options', '/epcis/capture', {}, { status: 204 });
    const scrapping = { '@context': context, ...commission('AD-1'), action: 'DELETE', bizStep: 'destroying', disposition: 'destroyed' };
    const captured = await call('post', '/epcis/events', {}, { body: { '@context': context, ...commission('AD-2') } });
    await call('post', '/epcis/events', {}, { body: scrapping });
    await call('post', '/epcis/events', {}, { body: { ...scrapping, eventTime: '2026-11-03T08:00:00Z' }, status: 409 });
    await call('post', '/epcis/events', {}, { body: { ...scrapping, epcList: ['urn:epc:id:sgtin:0614141.107346.NOPE'] }, status: 404 });
    await call('post', '/epcis/events', {}, { body: { ...scrapping, epcList: ['urn:epc:id:sgtin:0614141.107346'] }, status: 400 });
    await call('get', '/epcis/events', {}, { query: 'perPage=1' });
    await call('get', '/epcis/events', {}, { query: 'perPage=0', status: 400 });
    await call('get', '/epcis/events/{eventID}', { eventID: captured.eventID });
    await call('get', '/epcis/events/{eventID}', { eventID: 'urn:uuid:00000000-0000-4000-8000-000000000000' }, { status: 404 });
    await call('get', '/epcis/epcs/{epc}/events', { epc: 'urn:epc:id:sgtin:0614141.107346.AD-1' });
    await call('get', '/epcis/epcs/{epc}/events', { epc: 'urn:epc:id:sgtin:0614141.107346.AD-1' }, { query: 'nextPageToken=abc', status: 400 });
    await call('post', '/epcis/queries', {}, { body: { name: 'shipments', query: { EQ_bizStep: 'shipping' } } });
    await call('post', '/epcis/queries', {}, { body: { name: 'shipments', query: {} }, status: 409 });
    await call('post', '/epcis/queries', {}, { body: { name: 'bad', query: { perPage: 3 } }, status: 400 });
    const subscription = { dest: 'https://partner.example.com/inbox', signatureToken: 'a-secret-of-the-subscriber', stream: true };
    await call(
      'post',
      '/epcis/queries/{queryName}/subscriptions',
      { queryName: 'shipments' },
      { body: { ...subscription, dest: 'http://127.0.0.1/x' }, status: 400 },
    );
    await call(
      'post',
      '/epcis/queries/{queryName}/subscriptions',
      { queryName: 'nope' },
      { body: { ...subscription, dest: 'http://203.0.113.9/x' }, status: 404 },
    );
    const subscribed = await call(
      'post',
      '/epcis/queries/{queryName}/subscriptions',
      { queryName: 'shipments' },
      { body: { ...subscription, dest: 'http://203.0.113.9/x' } },
    );
    await call('delete', '/epcis/queries/{queryName}/subscriptions/{subscriptionID}', { queryName: 'shipments', subscriptionID: subscribed.subscriptionID });
    await call(
      'delete',
      '/epcis/queries/{queryName}/subscriptions/{subscriptionID}',
      { queryName: 'shipments', subscriptionID: subscribed.subscriptionID },
      { status: 404 },
    );
    await call('get', '/v1/projections', {});
    await call('get', '/health', {});

    const issued = await call('post', '/v1/keys', {}, { body: { name: 'scanner-7', roles: ['operator'], expiresAt: '2099-01-01T00:00:00Z' } });
    await call('post', '/v1/keys', {}, { body: { name: 'scanner-7', roles: ['operator'] }, status: 409 });
    await call('post', '/v1/keys', {}, { body: { name: 'x', roles: ['root'] }, status: 400 });
    await call('get', '/v1/keys', {});
    await call('post', '/v1/recalls', {}, { body: { lotIds: ['L1'], reason: 'x', severity: 'high' }, status: 403, key: issued.key });
    await call('get', '/v1/keys', {}, { status: 401, key: 'trk_not-a-key' });
    await call('get', '/v1/counts/{countId}/discrepancies', { countId: 'CC-BLIND' }, { status: 403, key: issued.key });
    await call('delete', '/v1/keys/{keyId}', { keyId: issued.keyId }, { status: 204 });
    await call('delete', '/v1/keys/{keyId}', { keyId: 'key_nope' }, { status: 404 });

    expect(mismatches).toEqual([]);
    const routes = routesOf(api.app).map((route) => `${route.method} ${route.path.replace(/:(\w+)/g, '{$1}')}`);
    expect(routes.filter((route) => !called.has(route))).toEqual([]);
  });
});
