import { startedForSuite } from './api';

/* eslint-disable @typescript-eslint/no-explicit-any -- supertest answers untyped bodies; each test asserts the shape it expects */

const GTIN = '09506000134352';

/** Cycle counts over HTTP (issue 19): open, count while units move, close, the report, reconcile, and the history it leaves. */
describe('cycle counts over HTTP', () => {
  const suite = startedForSuite();
  let position = 0;
  let operator: ReturnType<typeof suite.api.as>;

  const post = async (path: string, body: object, status = 201, as = operator) => {
    const sent = await as.post(path).send(body);
    if (sent.status !== status) throw new Error(`${path} ${JSON.stringify(body)}: ${sent.status} ${JSON.stringify(sent.body)}`);
    position = Math.max(position, sent.body?.position ?? 0);
    return sent.body;
  };
  const get = async (path: string, as = operator, status = 200) => {
    const answer = await as.get(path).set('X-Min-Position', String(position));
    if (answer.status !== status) throw new Error(`${path}: ${answer.status} ${JSON.stringify(answer.body)}`);
    return answer;
  };
  const history = async (serial: string) => (await get(`/v1/units/PUMP-200/${serial}/history`)).body.items.map((event: any) => event.type);
  const serials = (prefix: string, count: number) => Array.from({ length: count }, (_, index) => `${prefix}-${index + 1}`);

  beforeAll(async () => {
    const issued = await suite.api.http
      .post('/v1/keys')
      .send({ name: 'counter', roles: ['operator'] })
      .expect(201);
    operator = suite.api.as(issued.body.key);
    await post('/v1/products', { sku: 'PUMP-200', name: 'Pump 200', gtin: GTIN });
    await post('/v1/products', { sku: 'FLOUR', name: 'Flour', uom: 'KGM' });
    await post('/v1/units/batch', { sku: 'PUMP-200', location: 'WH-A', serials: serials('A', 6) });
    await post('/v1/units/batch', { sku: 'PUMP-200', location: 'WH-A/BIN-2', serials: ['BIN-1'] });
    await post('/v1/units/batch', { sku: 'PUMP-200', location: 'WH-B', serials: ['B-1', 'B-2', 'B-3'] });
    await post('/v1/units/PUMP-200/B-3/sale', { customer: 'ACME', receipt: 'R-1' });
    await post('/v1/lots', { lotId: 'FLOUR-1', sku: 'FLOUR', uom: 'KGM', quantity: 40, location: 'WH-A' });
    await post('/v1/lots', { lotId: 'FLOUR-2', sku: 'FLOUR', uom: 'KGM', quantity: 10, location: 'WH-A' });
  });

  it('opens a count with what the record places at the location, and refuses bad input and a taken id', async () => {
    const opened = await post('/v1/counts', { countId: 'CC-1', location: 'WH-A' });
    expect(opened).toMatchObject({ countId: 'CC-1', expectedUnits: 6, expectedLots: 2 });
    expect(opened.position).toBeGreaterThan(0);
    const taken = await operator.post('/v1/counts').send({ countId: 'CC-1', location: 'WH-A' }).expect(409);
    expect(taken.body.message).toMatch(/already exists/);
    const bad = await operator.post('/v1/counts').send({ countId: 'CC-2', location: '' }).expect(400);
    expect(JSON.stringify(bad.body)).toMatch(/location/);
    const sub = await post('/v1/counts', { countId: 'CC-SUB', location: 'WH-A', includeSublocations: true });
    expect(sub.expectedUnits).toBe(7);
  });

  it('counts codes and identifiers once, judges each unit by the record when counted, and reports it all', async () => {
    // A-6 leaves before it is counted; A-5 is counted, then leaves; B-1 arrives, then is counted; B-2 arrives uncounted.
    await post('/v1/units/PUMP-200/A-6/moves', { to: 'WH-C' });
    const first = await post('/v1/counts/CC-1/scans', {
      codes: [`(01)${GTIN}(21)A-1`, 'urn:epc:id:sgtin:9506000.013435.A-2', `(01)${GTIN}(21)NEVER-ISSUED`],
      units: [
        { sku: 'PUMP-200', serial: 'A-5' },
        { sku: 'PUMP-200', serial: 'A-1' },
        { sku: 'PUMP-200', serial: 'B-3' },
      ],
      lots: [{ lotId: 'FLOUR-1', quantity: 38.5 }],
    });
    expect(first).toMatchObject({ accepted: 5, duplicates: 1, unknown: 1 });
    await post('/v1/units/PUMP-200/A-5/moves', { to: 'WH-C' });
    await post('/v1/units/PUMP-200/B-1/moves', { to: 'WH-A' });
    await post('/v1/units/PUMP-200/B-2/moves', { to: 'WH-A' });
    const second = await post('/v1/counts/CC-1/scans', {
      units: [
        { sku: 'PUMP-200', serial: 'B-1' },
        { sku: 'PUMP-200', serial: 'A-2' },
        { sku: 'NOPE', serial: 'X' },
      ],
    });
    expect(second).toMatchObject({ accepted: 1, duplicates: 1, unknown: 1 });
    const malformed = await operator
      .post('/v1/counts/CC-1/scans')
      .send({ codes: [`(01)${GTIN}(21)A-3`, '(01)09506000134353(21)A-3'] })
      .expect(400);
    expect(JSON.stringify(malformed.body)).toMatch(/codes\[1\]/);
    await operator.post('/v1/counts/CC-1/scans').send({}).expect(400);
    await operator
      .post('/v1/counts/NO-SUCH/scans')
      .send({ units: [{ sku: 'PUMP-200', serial: 'A-1' }] })
      .expect(404);

    const progress = (await get('/v1/counts/CC-1')).body;
    expect(progress).toMatchObject({ state: 'open', expected: 6, counted: 5, matched: 4, unexpected: 1, left: 1, missing: 3, unknown: 2, duplicates: 2 });

    const closed = await post('/v1/counts/CC-1/close', {});
    // Matched: A-1, A-2 (counted here), A-5 (counted, then moved away), B-1 (arrived, then counted). Unexpected: B-3 (sold).
    // Left: A-6. Missing: A-3, A-4 (never counted), B-2 (arrived uncounted).
    expect(closed).toMatchObject({ state: 'closed', expected: 6, counted: 5, matched: 4, left: 1, missing: 3, unexpected: 1, unknown: 2, duplicates: 2 });
    expect(closed.lots).toEqual([
      { lotId: 'FLOUR-1', expected: 40, counted: 38.5, difference: -1.5 },
      { lotId: 'FLOUR-2', expected: 10, counted: 0, difference: -10 },
    ]);
    await operator.post('/v1/counts/CC-1/close').send({}).expect(409);
    const late = await operator
      .post('/v1/counts/CC-1/scans')
      .send({ units: [{ sku: 'PUMP-200', serial: 'A-3' }] })
      .expect(409);
    expect(late.body.details.rule).toBe('count-closed');

    const report = (await get('/v1/counts/CC-1')).body;
    expect(report).toMatchObject({ state: 'closed', matched: 4, missing: 3, reconciliation: null });
    const missing = (await get('/v1/counts/CC-1/discrepancies?kind=missing&limit=2')).body;
    expect(missing.items.map((item: any) => item.unit.serial)).toEqual(['A-3', 'A-4']);
    const rest = (await get(`/v1/counts/CC-1/discrepancies?kind=missing&cursor=${missing.nextCursor}`)).body;
    expect(rest).toEqual({
      items: [expect.objectContaining({ kind: 'missing', unit: { sku: 'PUMP-200', serial: 'B-2' }, recorded: { status: 'in_stock', location: 'WH-A' } })],
      nextCursor: null,
    });
    const unexpected = (await get('/v1/counts/CC-1/discrepancies?kind=unexpected')).body.items;
    expect(unexpected).toEqual([expect.objectContaining({ unit: { sku: 'PUMP-200', serial: 'B-3' }, recorded: { status: 'sold', location: null } })]);
    const unknown = (await get('/v1/counts/CC-1/discrepancies?kind=unknown')).body.items.map((item: any) => item.code);
    expect(unknown).toEqual([`(01)${GTIN}(21)NEVER-ISSUED`, 'NOPE/X']);
    const csv = (await get('/v1/counts/CC-1/discrepancies.csv')).text.split('\r\n');
    expect(csv[0]).toBe('kind,sku,serial,status,location,code,lotId,expected,counted,difference');
    expect(csv).toContain('lot,,,,,,FLOUR-1,40,38.5,-1.5');
    expect(csv.filter((line: string) => line.startsWith('missing,'))).toHaveLength(3);
  });

  it('reconciles once: marks the missing, moves what can move, adjusts lots, skips the sold unit with its rule', async () => {
    const choices = { missing: 'mark-missing', unexpected: 'move-here', lots: 'adjust' };
    const reconciled = await post('/v1/counts/CC-1/reconcile', choices);
    expect(reconciled).toMatchObject({ countId: 'CC-1', choices, markedMissing: 3, moved: 0, found: 0, adjustedLots: 2 });
    expect(reconciled.skipped).toEqual([expect.objectContaining({ unit: { sku: 'PUMP-200', serial: 'B-3' }, rule: expect.any(String) })]);
    const again = await post('/v1/counts/CC-1/reconcile', choices);
    expect(again).toEqual(reconciled);
    const other = await operator
      .post('/v1/counts/CC-1/reconcile')
      .send({ ...choices, lots: 'ignore' })
      .expect(409);
    expect(other.body.details.rule).toBe('already-reconciled');
    await operator.post('/v1/counts/CC-SUB/reconcile').send(choices).expect(409);
    await operator
      .post('/v1/counts/CC-1/reconcile')
      .send({ ...choices, missing: 'lose' })
      .expect(400);

    expect((await get('/v1/units/PUMP-200/A-3')).body).toMatchObject({ status: 'missing', location: null });
    expect(await history('A-3')).toContain('UnitReportedMissing');
    expect((await get('/v1/lots/FLOUR-1/stock')).body).toMatchObject({ atLocations: [{ location: 'WH-A', quantity: 38.5 }] });
    expect((await get('/v1/counts/CC-1')).body).toMatchObject({ state: 'reconciled', reconciliation: { markedMissing: 3 } });

    // A missing unit accepts only being found (or scrapped): a move is refused, a count here finds it.
    const refused = await operator.post('/v1/units/PUMP-200/A-3/moves').send({ to: 'WH-C' }).expect(409);
    expect(refused.body.details.rule).toBe('missing-until-found');
    await post('/v1/counts', { countId: 'CC-3', location: 'WH-A' });
    await post('/v1/counts/CC-3/scans', { units: [{ sku: 'PUMP-200', serial: 'A-3' }] });
    const second = await post('/v1/counts/CC-3/close', {});
    expect(second).toMatchObject({ expected: 3, unexpected: 1, missing: 3 });
    const found = await post('/v1/counts/CC-3/reconcile', { missing: 'ignore', unexpected: 'move-here', lots: 'ignore' });
    expect(found).toMatchObject({ found: 1, moved: 0, markedMissing: 0 });
    expect((await get('/v1/units/PUMP-200/A-3')).body).toMatchObject({ status: 'in_stock', location: 'WH-A' });
    expect((await history('A-3')).slice(-2)).toEqual(['UnitReportedMissing', 'UnitFound']);
  });

  it('lists counts for an audit: by location, state, a unit they counted, and when opened', async () => {
    const all = (await get('/v1/counts')).body.items.map((count: any) => count.countId);
    expect(all.sort()).toEqual(['CC-1', 'CC-3', 'CC-SUB']);
    const reconciled = (await get('/v1/counts?state=reconciled&location=WH-A')).body.items.map((count: any) => count.countId);
    expect(reconciled.sort()).toEqual(['CC-1', 'CC-3']);
    const sawA3 = (await get('/v1/counts?unit=PUMP-200/A-3')).body.items.map((count: any) => count.countId);
    expect(sawA3).toEqual(['CC-3']);
    expect((await get('/v1/counts?unit=PUMP-200/A-1&state=open')).body.items).toEqual([]);
    expect((await get('/v1/counts?from=2000-01-01&to=2001-01-01')).body.items).toEqual([]);
    await operator.get('/v1/counts?unit=nope').expect(400);
  });

  it('keeps a blind count numbers from non-admins while it is open', async () => {
    await post('/v1/counts', { countId: 'CC-BLIND', location: 'WH-B', blind: true });
    const hidden = (await get('/v1/counts/CC-BLIND')).body;
    expect(hidden).toMatchObject({ state: 'open', blind: true, expected: null, missing: null, counted: null });
    await get('/v1/counts/CC-BLIND/discrepancies', operator, 403);
    const admin = (await get('/v1/counts/CC-BLIND', suite.api.http)).body;
    expect(admin).toMatchObject({ expected: 0, missing: 0 });
    await post('/v1/counts/CC-BLIND/close', {});
    expect((await get('/v1/counts/CC-BLIND')).body.expected).toBe(0);
  });

  it('counts a pallet by its SSCC: the units on it and in the cases stacked on it; an SSCC not recorded is unknown', async () => {
    const pallet = '106141411234567897';
    await post('/v1/units/batch', { sku: 'PUMP-200', location: 'DOCK', serials: ['P-1', 'P-2', 'P-3', 'P-4'] });
    await post('/v1/containers', { containerId: pallet, location: 'DOCK' });
    await post('/v1/containers', { containerId: 'CASE-9', location: 'DOCK' });
    await post('/v1/containers/CASE-9/contents', {
      units: [
        { sku: 'PUMP-200', serial: 'P-1' },
        { sku: 'PUMP-200', serial: 'P-2' },
      ],
    });
    await post(`/v1/containers/${pallet}/contents`, { units: [{ sku: 'PUMP-200', serial: 'P-3' }], containers: ['CASE-9'] });
    await post('/v1/counts', { countId: 'CC-DOCK', location: 'DOCK' });
    const counted = await post('/v1/counts/CC-DOCK/scans', { codes: [`(00)${pallet}`, '(00)006141411234567890'] });
    expect(counted).toMatchObject({ accepted: 3, duplicates: 0, unknown: 1 });
    expect(await post('/v1/counts/CC-DOCK/close', {})).toMatchObject({ expected: 4, matched: 3, missing: 1, unknown: 1 });
  });
});
