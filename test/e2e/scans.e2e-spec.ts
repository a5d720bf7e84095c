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

  it('lists the suspects with their evidence, and lets an admin clear one, saying why', async () => {
    const open = await get('/v1/suspects?sku=PUMP-200');
    expect(open.items.map((suspect: any) => [suspect.serial, suspect.rule])).toEqual([
      ['SN-3', 'unexplained-party'],
      ['SN-4', 'seen-after-scrap'],
      ['SN-5', 'impossible-travel'],
    ]);
    expect(open.items[0].evidence).toMatch(/seen with STRANGER at MARKET .*; sold to ACME/);
    const analyst = suite.api.as(
      (
        await suite.api.http
          .post('/v1/keys')
          .send({ name: 'desk', roles: ['analyst'] })
          .expect(201)
      ).body.key,
    );
    await analyst.post('/v1/units/PUMP-200/SN-5/suspicion/clear').send({ note: 'scanner clock was wrong' }).expect(403);
    await post('/v1/units/PUMP-200/SN-5/suspicion/clear', { note: 'scanner clock was wrong' });
    expect((await post('/v1/units/PUMP-200/SN-5/suspicion/clear', { note: 'again' }, 409)).details).toEqual({ rule: 'not-suspect' });
    expect((await get('/v1/suspects')).items.map((suspect: any) => suspect.serial)).toEqual(['SN-3', 'SN-4']);
    const all = await get('/v1/suspects?includeCleared=true&limit=2');
    const rest = await get(`/v1/suspects?includeCleared=true&cursor=${all.nextCursor}`);
    expect(rest.items).toEqual([expect.objectContaining({ serial: 'SN-5', cleared: true, note: 'scanner clock was wrong' })]);
    expect(await get('/v1/units/PUMP-200/SN-5')).toMatchObject({ suspect: false });
    expect(await get('/v1/units/PUMP-200/SN-3')).toMatchObject({ suspect: true });
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

  describe('verification', () => {
    const verify = async (body: object, status = 200) => {
      const key = (
        await suite.api.http
          .post('/v1/keys')
          .send({ name: `verifier-${Math.random().toString(36).slice(2)}`, roles: ['analyst'] })
          .expect(201)
      ).body.key;
      const sent = await suite.api.as(key).post('/v1/verifications').send(body);
      if (sent.status !== status) throw new Error(`${JSON.stringify(body)}: ${sent.status} ${JSON.stringify(sent.body)}`);
      position = Math.max(position, sent.body?.position ?? 0);
      return sent.body;
    };

    beforeAll(async () => {
      await post('/v1/lots', { lotId: 'L3', sku: 'PUMP-200', expiresAt: '2029-06-30' });
      await post('/v1/units/batch', { sku: 'PUMP-200', lotId: 'L3', location: 'WH-A', serials: ['V-1', 'V-2'] });
    });

    it('answers with the DSCSA VRS meanings, by parts or by code, any role asking', async () => {
      expect(await verify({ gtin: GTIN, serial: 'V-1', lot: 'L3', expiry: '2029-06-30' })).toMatchObject({
        verified: true,
        additionalInfo: [],
        unit: { serial: 'V-1' },
      });
      expect(await verify({ code: `(01)${GTIN}(21)V-1(10)L3(17)290630` })).toMatchObject({ verified: true, additionalInfo: [] });
      expect(await verify({ code: 'urn:epc:id:sgtin:9506000.013435.V-1' })).toMatchObject({ verified: true });
      expect(await verify({ gtin: '9506000134352', serial: 'V-1', lot: 'L9' })).toMatchObject({ verified: false, reason: 'No_match_GTIN_Serial_Lot' });
      expect(await verify({ gtin: GTIN, serial: 'V-1', expiry: '2029-07-01' })).toMatchObject({ verified: false, reason: 'No_match_GTIN_Serial_Expiry' });
      expect(await verify({ gtin: GTIN, serial: 'V-1', lot: 'L9', expiry: '2029-07-01' })).toMatchObject({
        verified: false,
        reason: 'No_match_GTIN_Serial_Lot_Expiry',
      });
      const never = await verify({ gtin: GTIN, serial: 'FAKE-1' });
      expect(never).toEqual({ verified: false, reason: 'No_match_GTIN_Serial', additionalInfo: [], position: expect.any(Number) });
    });

    it('tells what a dispenser must know of a verified unit: expired, decommissioned, suspect, recalled', async () => {
      expect((await verify({ gtin: GTIN, serial: 'OLD-1' })).additionalInfo).toEqual(['Expired']);
      expect((await verify({ gtin: GTIN, serial: 'SN-4' })).additionalInfo).toEqual(['Recalled', 'Quarantined', 'Decommissioned', 'Suspect']);
      expect((await verify({ gtin: GTIN, serial: 'SN-1' })).additionalInfo).toEqual(['Recalled', 'Quarantined']);
    });

    it('records every request with who asked, counted on the unit', async () => {
      const before = (await get('/v1/units/PUMP-200/V-2')).verifications;
      await verify({ gtin: GTIN, serial: 'V-2' });
      await verify({ gtin: GTIN, serial: 'V-2', lot: 'WRONG' });
      const unit = await get('/v1/units/PUMP-200/V-2');
      expect(unit.verifications).toBe(before + 2);
      const { items } = await get('/v1/units/PUMP-200/V-2/history');
      const asked = items.filter((event: any) => event.type === 'UnitVerified');
      expect(asked.map((event: any) => event.data.verified)).toEqual([true, false]);
      expect(asked[0].metadata.actor).toMatch(/^verifier-/);
    });

    it('refuses a request it cannot read, naming the field', async () => {
      expect((await verify({ code: `(01)${GTIN}(21)V-1`, gtin: GTIN }, 400)).details[0].field).toBe('code');
      expect((await verify({ gtin: GTIN }, 400)).details[0].field).toBe('serial');
      expect((await verify({ gtin: GTIN, serial: 'V-1', expiry: '2029-6-30' }, 400)).details[0].field).toBe('expiry');
      expect((await verify({ code: '(00)106141411234567897' }, 400)).details[0].message).toMatch(/names no unit/);
      expect((await verify({ gtin: '96385074', serial: 'X' }, 422)).details[0].field).toBe('gtin');
    });
  });

  it('refuses a return by anyone but the buyer unless forced with a reason, which the history keeps with who forced it', async () => {
    await post('/v1/units', { sku: 'PUMP-200', serial: 'R-1', location: 'WH-A' });
    await post('/v1/units/PUMP-200/R-1/sale', { customer: 'ACME', receipt: 'R-9' });
    const back = { reason: 'does not start', location: 'RMA' };
    expect((await post('/v1/units/PUMP-200/R-1/returns', { ...back, customer: 'MALLORY' }, 409)).details).toEqual({ rule: 'return-by-buyer' });
    expect((await post('/v1/units/PUMP-200/R-1/returns', { ...back, customer: 'MALLORY', force: true }, 400)).details).toEqual([
      { field: 'overrideReason', message: 'a forced return needs an overrideReason' },
    ]);
    await post('/v1/units/PUMP-200/R-1/returns', { ...back, customer: 'MALLORY', force: true, overrideReason: 'gift: ACME bought it for them' });
    const { items } = await get('/v1/units/PUMP-200/R-1/history');
    const returned = items.find((event: any) => event.type === 'UnitReturned');
    expect(returned.data).toMatchObject({ customer: 'ACME', returnedBy: 'MALLORY', overrideReason: 'gift: ACME bought it for them' });
    expect(returned.metadata.actor).toBe('admin');
    await post('/v1/units/PUMP-200/R-1/sale', { customer: 'BOB', receipt: 'R-10' });
    await post('/v1/units/PUMP-200/R-1/returns', { ...back, customer: 'BOB' });
  });
});
