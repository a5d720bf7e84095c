import { eventually } from '@trace/shared/testing/eventually';
import { startedForSuite } from './api';

/* eslint-disable @typescript-eslint/no-explicit-any -- supertest answers untyped bodies; each test asserts the shape it expects */

const GS = '\u001d';
const GTIN = '09506000134352';
const HOUR = 3_600_000;
const ago = (ms: number) => new Date(Date.now() - ms).toISOString();

/** Scans over HTTP (issue 18, part 3): every code form resolved to the same unit, sightings with warnings, suspects, batches. */
describe('scans over HTTP', () => {
  const suite = startedForSuite();
  let position = 0;

  const post = async (path: string, body: object, status = 201) => {
    const sent = await suite.api.http.post(path).send(body);
    if (sent.status !== status) throw new Error(`${path} ${JSON.stringify(body)}: ${sent.status} ${JSON.stringify(sent.body)}`);
    position = Math.max(position, sent.body?.position ?? 0);
    return sent.body;
  };
  const get = async (path: string) => (await suite.api.http.get(path).set('X-Min-Position', String(position)).expect(200)).body;
  const scan = (code: string, location: string, extra: object = {}, status = 201) => post('/v1/scans', { code, location, ...extra }, status);
  const history = async (serial: string) => (await get(`/v1/units/PUMP-200/${serial}/history`)).items.map((event: any) => event.type);

  beforeAll(async () => {
    await post('/v1/products', { sku: 'PUMP-200', name: 'Pump 200', gtin: GTIN });
    await post('/v1/products', { sku: 'FLOUR', name: 'Flour', gtin: '4006381333931', uom: 'KGM' });
    await post('/v1/lots', { lotId: 'L1', sku: 'PUMP-200', expiresAt: '2028-12-31' });
    await post('/v1/lots', { lotId: 'L2', sku: 'PUMP-200', expiresAt: '2020-01-01' });
    await post('/v1/lots', { lotId: 'FLOUR-L1', sku: 'FLOUR', uom: 'KGM', quantity: 100, location: 'MILL', expiresAt: '2030-01-01' });
    await post('/v1/units/batch', { sku: 'PUMP-200', lotId: 'L1', location: 'WH-A', serials: ['SN-1', 'SN-2', 'SN-3', 'SN-4', 'SN-5'] });
    await post('/v1/units/batch', { sku: 'PUMP-200', lotId: 'L2', location: 'WH-A', serials: ['OLD-1'], occurredAt: '2019-06-01T00:00:00Z' });
    await post('/v1/units/PUMP-200/SN-3/sale', { customer: 'ACME', receipt: 'R-1' });
    await post('/v1/units/PUMP-200/SN-4/scrap', { reason: 'crushed' });
    await post('/v1/containers', { containerId: '106141411234567897', location: 'WH-A' });
  });

  it('reads one unit from an element string, a raw DataMatrix, a Digital Link and an EPC URN, and records each sighting', async () => {
    const codes = [
      `(01)${GTIN}(21)SN-1(10)L1(17)281231`,
      `]d201${GTIN}21SN-1${GS}10L1${GS}17281231`,
      `https://example.com/01/${GTIN}/21/SN-1?10=L1&17=281231`,
      'urn:epc:id:sgtin:9506000.013435.SN-1',
    ];
    for (const [index, code] of codes.entries()) {
      const answer = await scan(code, 'WH-A', { occurredAt: ago((10 - index) * HOUR) });
      expect(answer.identified).toMatchObject({ sku: 'PUMP-200', serial: 'SN-1', gtin: GTIN });
      expect(answer.unit).toMatchObject({ sku: 'PUMP-200', serial: 'SN-1', status: 'in_stock', location: 'WH-A' });
      expect(answer.warnings).toEqual([]);
    }
    expect((await history('SN-1')).filter((type: string) => type === 'UnitObserved')).toHaveLength(4);
    expect(await get('/v1/units/PUMP-200/SN-1')).toMatchObject({ status: 'in_stock', location: 'WH-A' });
  });

  it('warns what does not fit the record, without moving anything', async () => {
    const elsewhere = await scan(`(01)${GTIN}(21)SN-2(10)L9(17)290101`, 'WH-B', { occurredAt: ago(5 * HOUR) });
    expect(elsewhere.warnings).toEqual(['location-mismatch', 'lot-mismatch', 'expiry-mismatch']);
    expect(await get('/v1/units/PUMP-200/SN-2')).toMatchObject({ location: 'WH-A' });
    expect((await scan(`(01)${GTIN}(21)OLD-1`, 'WH-A')).warnings).toEqual(['expired']);
    expect((await scan(`(01)${GTIN}(21)SN-3`, 'CLINIC', { party: 'ACME' })).warnings).toEqual(['sold']);
  });

  it('makes a unit suspect when seen after its scrap, with a party its sale cannot explain, or in two places within the hour', async () => {
    expect((await scan(`(01)${GTIN}(21)SN-4`, 'MARKET')).warnings).toEqual(['scrapped', 'suspect']);
    expect((await scan(`(01)${GTIN}(21)SN-3`, 'MARKET', { party: 'STRANGER' })).warnings).toEqual(['sold', 'suspect']);
    await scan(`(01)${GTIN}(21)SN-5`, 'WH-A', { occurredAt: ago(HOUR / 2) });
    expect((await scan(`(01)${GTIN}(21)SN-5`, 'PORT', { occurredAt: ago(HOUR / 4) })).warnings).toEqual(['location-mismatch', 'suspect']);
    expect(await history('SN-5')).toEqual(expect.arrayContaining(['UnitObserved', 'UnitSuspected']));
    // The record lagging alone is no suspicion: SN-2 seen at WH-B hours after WH-A.
    expect(await history('SN-2')).not.toContain('UnitSuspected');
  });

  it('records a serial never issued as evidence on its GTIN, refuses an unknown GTIN and a malformed code, recording nothing', async () => {
    expect(await scan(`(01)${GTIN}(21)NEVER-ISSUED`, 'WH-A')).toMatchObject({
      identified: { sku: 'PUMP-200', serial: 'NEVER-ISSUED', gtin: GTIN },
      unit: null,
      warnings: ['unknown-serial'],
    });
    const before = position;
    const unknown = await scan('(01)00000096385074(21)X', 'WH-A', {}, 422);
    expect(unknown.details).toEqual([{ field: 'code', message: 'names GTIN 00000096385074, which no product has' }]);
    const malformed = await scan(`(01)09506000134353(21)SN-1`, 'WH-A', {}, 400);
    expect(malformed.details).toEqual([{ field: 'code', message: expect.stringMatching(/wrong check digit/) }]);
    expect((await get('/v1/projections')).head).toBe(before);
  });

  it('reads an SSCC as a container and a GTIN with a lot as the lot, recording their sightings', async () => {
    const container = await scan('(00)106141411234567897', 'WH-B');
    expect(container).toMatchObject({
      identified: { containerId: '106141411234567897' },
      container: { status: 'in_stock', location: 'WH-A' },
      warnings: ['location-mismatch'],
    });
    const lot = await scan('https://example.com/01/4006381333931/10/FLOUR-L1?17=300101', 'MILL');
    expect(lot).toMatchObject({ identified: { lotId: 'FLOUR-L1', gtin: '04006381333931' }, lot: { lotId: 'FLOUR-L1' }, warnings: [] });
    expect((await scan('urn:epc:class:lgtin:4006381.033393.FLOUR-L1', 'BAKERY')).warnings).toEqual(['location-mismatch']);
    await scan('(01)04006381333931(10)NO-SUCH-LOT', 'MILL', {}, 404);
  });

  it('warns of a recall as soon as its affected set is projected', async () => {
    await post('/v1/recalls', { recallId: 'RC-1', lotIds: ['L1'], reason: 'seal', severity: 'high' });
    await eventually(async () => (await get('/v1/recalls/RC-1')).affected > 0);
    const warnings = (await scan(`(01)${GTIN}(21)SN-1`, 'WH-A')).warnings;
    expect(warnings).toContain('recalled');
    await eventually(async () => (await get('/v1/recalls/RC-1')).quarantined === (await get('/v1/recalls/RC-1')).affected);
    expect((await scan(`(01)${GTIN}(21)SN-1`, 'WH-A', { occurredAt: new Date().toISOString() })).warnings).toEqual(['recalled', 'quarantined']);
  });

  it('answers a batch code by code, in order, a bad code alone refused, one unit twice seeing its first sighting', async () => {
    const { results, position: at } = await post('/v1/scans/batch', {
      location: 'DOCK',
      codes: [`(01)${GTIN}(21)SN-2`, 'not a code', '(01)00000096385074(21)X', `urn:epc:id:sgtin:9506000.013435.SN-2`, `(01)${GTIN}(21)NEVER-2`],
    });
    expect(at).toBeGreaterThan(0);
    expect(results[0]).toMatchObject({ identified: { serial: 'SN-2' }, warnings: ['location-mismatch', 'recalled', 'quarantined'] });
    expect(results[1]).toEqual({
      error: { statusCode: 400, message: expect.stringMatching(/code/), details: [{ field: 'code', message: expect.any(String) }] },
    });
    expect(results[2]).toMatchObject({ error: { statusCode: 422 } });
    expect(results[3]).toMatchObject({ identified: { serial: 'SN-2' } });
    expect(results[4]).toMatchObject({ unit: null, warnings: ['unknown-serial'] });
    expect((await history('SN-2')).filter((type: string) => type === 'UnitObserved')).toHaveLength(3);
  });
});
