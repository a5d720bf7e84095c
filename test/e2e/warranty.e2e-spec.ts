import { startedForSuite } from './api';

/* eslint-disable @typescript-eslint/no-explicit-any -- supertest answers untyped bodies; each test asserts the shape it expects */

const DAY = 86_400_000;
const ago = (days: number) => new Date(Date.now() - days * DAY).toISOString();

/** Warranty over HTTP (issue 20): terms, status, extensions, voiding, claims from filing to a replacement, both histories. */
describe('warranty and service over HTTP', () => {
  const suite = startedForSuite();
  let position = 0;
  let operator: ReturnType<typeof suite.api.as>;

  const post = async (path: string, body: object, status = 201) => {
    const sent = await operator.post(path).send(body);
    if (sent.status !== status) throw new Error(`${path} ${JSON.stringify(body)}: ${sent.status} ${JSON.stringify(sent.body)}`);
    position = Math.max(position, sent.body?.position ?? 0);
    return sent.body;
  };
  const refused = async (path: string, body: object, rule: string) => {
    const sent = await operator.post(path).send(body).expect(409);
    expect(sent.body.details?.rule).toBe(rule);
  };
  const get = async (path: string) => (await operator.get(path).set('X-Min-Position', String(position)).expect(200)).body;
  const history = async (serial: string) => (await get(`/v1/units/PUMP-200/${serial}/history`)).items.map((event: any) => event.type);

  beforeAll(async () => {
    const issued = await suite.api.http
      .post('/v1/keys')
      .send({ name: 'desk', roles: ['operator'] })
      .expect(201);
    operator = suite.api.as(issued.body.key);
    await post('/v1/products', { sku: 'PUMP-200', name: 'Pump 200', warranty: { months: 24, startsAt: 'sale' } });
    await post('/v1/products', { sku: 'CELL', name: 'Cell', warranty: { months: 13, startsAt: 'manufacture' } });
    await post('/v1/products', { sku: 'VALVE', name: 'Valve' });
    await post('/v1/lots', { lotId: 'CELL-L1', sku: 'CELL', producedAt: '2025-01-31T10:00:00Z' });
    await post('/v1/units/batch', { sku: 'PUMP-200', location: 'WH-A', serials: ['SN-1', 'SN-2', 'SN-3', 'SN-4', 'SN-5'], occurredAt: ago(800) });
    await post('/v1/units/batch', { sku: 'CELL', lotId: 'CELL-L1', location: 'WH-A', serials: ['C-1'] });
    await post('/v1/units/batch', { sku: 'VALVE', location: 'WH-A', serials: ['V-1'] });
  });

  it('refuses terms that are not whole months from sale or manufacture', async () => {
    const bad = await operator
      .post('/v1/products')
      .send({ sku: 'X', name: 'X', warranty: { months: 1.5, startsAt: 'sale' } })
      .expect(400);
    expect(JSON.stringify(bad.body)).toMatch(/months/);
    await operator
      .post('/v1/products')
      .send({ sku: 'X', name: 'X', warranty: { months: 12, startsAt: 'delivery' } })
      .expect(400);
  });

  it('starts a warranty at the first sale, or at the lot’s production, and shows it on the unit', async () => {
    expect(await get('/v1/units/PUMP-200/SN-1/warranty')).toMatchObject({ status: 'none', basis: 'sale', startsAt: null, endsAt: null, claims: [] });
    await post('/v1/units/PUMP-200/SN-1/sale', { customer: 'ACME', receipt: 'INV-1', occurredAt: ago(30) });
    const warranty = await get('/v1/units/PUMP-200/SN-1/warranty');
    expect(warranty).toMatchObject({ status: 'active', basis: 'sale', startsAt: ago(30).slice(0, 10) + warranty.startsAt.slice(10) });
    expect(warranty.endsAt.slice(0, 4)).toBe(String(Number(warranty.startsAt.slice(0, 4)) + 2));
    expect((await get('/v1/units/PUMP-200/SN-1')).warranty).toEqual({ status: 'active', endsAt: warranty.endsAt });
    // From manufacture: the lot's production on the 31st, 13 months later is the last day of February, gone by.
    expect(await get('/v1/units/CELL/C-1/warranty')).toMatchObject({
      status: 'expired',
      basis: 'manufacture',
      startsAt: '2025-01-31T10:00:00.000Z',
      endsAt: '2026-02-28T10:00:00.000Z',
    });
    expect((await get('/v1/units/VALVE/V-1')).warranty).toEqual({ status: 'none', endsAt: null });
    // As of before the sale: none.
    expect((await get(`/v1/units/PUMP-200/SN-1/warranty?asOf=${encodeURIComponent(ago(40))}`)).status).toBe('none');
  });

  it('extends and voids a warranty, each with its rule', async () => {
    await post('/v1/units/PUMP-200/SN-2/sale', { customer: 'ACME', receipt: 'INV-2', occurredAt: ago(760) });
    expect((await get('/v1/units/PUMP-200/SN-2/warranty')).status).toBe('expired');
    await post('/v1/units/PUMP-200/SN-2/warranty/extensions', { months: 12, reason: 'service plan SP-3' });
    const extended = await get('/v1/units/PUMP-200/SN-2/warranty');
    expect(extended).toMatchObject({ status: 'active', extensions: [{ months: 12, reason: 'service plan SP-3', endsAt: extended.endsAt }] });
    await refused('/v1/units/PUMP-200/SN-3/warranty/extensions', { months: 6, reason: 'x' }, 'no-warranty');
    await post('/v1/units/PUMP-200/SN-3/sale', { customer: 'BOB', receipt: 'INV-3' });
    await post('/v1/units/PUMP-200/SN-3/warranty/void', { reason: 'seal broken: tampering' });
    expect(await get('/v1/units/PUMP-200/SN-3/warranty')).toMatchObject({ status: 'void', voidReason: 'seal broken: tampering' });
    await refused('/v1/units/PUMP-200/SN-3/warranty-claims', { claimId: 'WC-V', customer: 'BOB', problem: 'leaks' }, 'warranty-void');
    await operator.post('/v1/units/PUMP-200/SN-3/warranty/extensions').send({ months: 0, reason: 'x' }).expect(400);
  });

  it('takes a claim from filing to a replacement, both histories naming each other', async () => {
    await refused('/v1/units/PUMP-200/SN-1/warranty-claims', { claimId: 'WC-0', customer: 'BOB', problem: 'noisy' }, 'claim-by-owner');
    await refused('/v1/units/PUMP-200/SN-1/warranty-claims', { claimId: 'WC-0', customer: 'ACME', problem: 'noisy', occurredAt: ago(31) }, 'warranty-expired');
    const filed = await post('/v1/units/PUMP-200/SN-1/warranty-claims', { claimId: 'WC-1', customer: 'ACME', problem: 'does not start' });
    expect(filed).toMatchObject({ claimId: 'WC-1' });
    await refused('/v1/units/PUMP-200/SN-1/warranty-claims', { claimId: 'WC-2', customer: 'ACME', problem: 'again' }, 'one-open-claim');
    await operator.post('/v1/units/PUMP-200/SN-2/warranty-claims').send({ claimId: 'WC-1', customer: 'ACME', problem: 'x' }).expect(409);
    await refused('/v1/warranty-claims/WC-1/resolution', { action: 'refunded', note: 'x' }, 'claim-not-approved');
    await post('/v1/warranty-claims/WC-1/decision', { approved: true, reason: 'motor fault confirmed' });
    await refused('/v1/warranty-claims/WC-1/decision', { approved: false, reason: 'again' }, 'claim-decided');
    await operator.post('/v1/warranty-claims/WC-1/resolution').send({ action: 'replaced', note: 'swap' }).expect(400);
    await refused(
      '/v1/warranty-claims/WC-1/resolution',
      { action: 'replaced', note: 'swap', replacement: { sku: 'PUMP-200', serial: 'SN-2' }, returnedTo: 'RMA' },
      'sold-until-returned',
    );
    const before = await get('/v1/units/PUMP-200/SN-1/warranty');
    await post('/v1/warranty-claims/WC-1/resolution', {
      action: 'replaced',
      note: 'swapped at the desk',
      replacement: { sku: 'PUMP-200', serial: 'SN-4' },
      returnedTo: 'RMA',
    });

    // The replacement takes over what was left of the faulty unit's warranty, which ends as it is replaced.
    const faulty = await get('/v1/units/PUMP-200/SN-1/warranty');
    const replacement = await get('/v1/units/PUMP-200/SN-4/warranty');
    expect(replacement).toMatchObject({ status: 'active', basis: 'replacement', endsAt: before.endsAt });
    expect(faulty).toMatchObject({ status: 'expired', basis: 'sale' });
    expect(Date.parse(faulty.endsAt)).toBeLessThan(Date.parse(before.endsAt));
    expect(await get('/v1/units/PUMP-200/SN-4')).toMatchObject({
      status: 'sold',
      customer: 'ACME',
      location: null,
      warranty: { status: 'active', endsAt: before.endsAt },
    });
    expect(await get('/v1/units/PUMP-200/SN-1')).toMatchObject({ status: 'returned', location: 'RMA', customer: null });
    expect((await history('SN-1')).slice(-4)).toEqual(['WarrantyStarted', 'WarrantyClaimFiled', 'WarrantyClaimDecided', 'WarrantyClaimResolved']);
    const resolvedEvent = (await get('/v1/units/PUMP-200/SN-1/history')).items.at(-1);
    expect(resolvedEvent.data).toMatchObject({ claimId: 'WC-1', replacement: { sku: 'PUMP-200', serial: 'SN-4' }, returnedTo: 'RMA' });
    const given = (await get('/v1/units/PUMP-200/SN-4/history')).items.at(-1);
    expect(given).toMatchObject({ type: 'UnitGivenAsReplacement', data: { claimId: 'WC-1', replaces: { sku: 'PUMP-200', serial: 'SN-1' }, customer: 'ACME' } });

    expect(await get('/v1/warranty-claims/WC-1')).toMatchObject({
      claimId: 'WC-1',
      unit: { sku: 'PUMP-200', serial: 'SN-1' },
      state: 'resolved',
      action: 'replaced',
      replacement: { sku: 'PUMP-200', serial: 'SN-4' },
      returnedTo: 'RMA',
      decisionReason: 'motor fault confirmed',
    });
    expect(faulty.claims).toEqual([expect.objectContaining({ claimId: 'WC-1', state: 'resolved', customer: 'ACME' })]);
  });

  it('repairs under a claim without taking the unit from its customer, and takes goodwill out of warranty', async () => {
    await post('/v1/units/PUMP-200/SN-5/sale', { customer: 'CARL', receipt: 'INV-5', occurredAt: ago(900) });
    await refused('/v1/units/PUMP-200/SN-5/warranty-claims', { claimId: 'WC-5', customer: 'CARL', problem: 'leaks' }, 'warranty-expired');
    await operator.post('/v1/units/PUMP-200/SN-5/warranty-claims').send({ claimId: 'WC-5', customer: 'CARL', problem: 'leaks', goodwill: true }).expect(400);
    await post('/v1/units/PUMP-200/SN-5/warranty-claims', { claimId: 'WC-5', customer: 'CARL', problem: 'leaks', goodwill: true, reason: 'key account' });
    await post('/v1/warranty-claims/WC-5/decision', { approved: true, reason: 'goodwill' });
    await post('/v1/warranty-claims/WC-5/resolution', { action: 'repaired', note: 'seal replaced' });
    expect(await get('/v1/units/PUMP-200/SN-5')).toMatchObject({ status: 'sold', customer: 'CARL' });
    expect((await history('SN-5')).slice(-2)).toEqual(['WarrantyClaimResolved', 'UnitRepaired']);
    expect(await get('/v1/warranty-claims/WC-5')).toMatchObject({ goodwill: true, goodwillReason: 'key account', state: 'resolved', action: 'repaired' });
  });

  it('lists claims by state, SKU, lot and customer', async () => {
    const ids = (body: any) => body.items.map((claim: any) => claim.claimId);
    expect(ids(await get('/v1/warranty-claims?sku=PUMP-200'))).toEqual(['WC-1', 'WC-5']);
    expect(ids(await get('/v1/warranty-claims?customer=CARL&state=resolved'))).toEqual(['WC-5']);
    expect(ids(await get('/v1/warranty-claims?state=open'))).toEqual([]);
    expect(ids(await get('/v1/warranty-claims?limit=1')).length).toBe(1);
    await operator.get('/v1/warranty-claims?state=lost').expect(400);
    await operator.get('/v1/warranty-claims/NOPE').expect(404);
    await operator.post('/v1/warranty-claims/NOPE/decision').send({ approved: true, reason: 'x' }).expect(404);
  });

  it('ranks lots by claims per unit sold, and a supplier lot whose cells sit in the claimed packs stands out', async () => {
    await post('/v1/products', { sku: 'PACK', name: 'Battery pack', warranty: { months: 24, startsAt: 'sale' } });
    await post('/v1/lots', { lotId: 'PACKS-1', sku: 'PACK' });
    for (const lot of ['CELLS-A', 'CELLS-B']) await post('/v1/lots', { lotId: lot, sku: 'CELL' });
    const packs = ['P1', 'P2', 'P3', 'P4', 'P5', 'P6'];
    await post('/v1/units/batch', { sku: 'PACK', lotId: 'PACKS-1', location: 'PLANT', serials: packs });
    // Packs 1-3 hold a cell of lot A, packs 4-6 one of lot B.
    await post('/v1/units/batch', { sku: 'CELL', lotId: 'CELLS-A', location: 'PLANT', serials: ['A1', 'A2', 'A3'] });
    await post('/v1/units/batch', { sku: 'CELL', lotId: 'CELLS-B', location: 'PLANT', serials: ['B1', 'B2', 'B3'] });
    const cells = ['A1', 'A2', 'A3', 'B1', 'B2', 'B3'];
    for (const [index, pack] of packs.entries()) {
      await post(`/v1/units/PACK/${pack}/components`, { sku: 'CELL', serial: cells[index] });
      await post(`/v1/units/PACK/${pack}/sale`, { customer: `C${index}`, receipt: `R-${pack}` });
    }
    // Two claims on lot A's packs, one on lot B's (goodwill counts too).
    await post('/v1/units/PACK/P1/warranty-claims', { claimId: 'PK-1', customer: 'C0', problem: 'no charge' });
    await post('/v1/units/PACK/P2/warranty-claims', { claimId: 'PK-2', customer: 'C1', problem: 'no charge' });
    await post('/v1/units/PACK/P4/warranty-claims', { claimId: 'PK-4', customer: 'C3', problem: 'swollen', goodwill: true, reason: 'fleet customer' });
    const byComponent = await get('/v1/analytics/claim-rates?sku=PACK&by=component-lot');
    expect(byComponent.baseline).toEqual({ claims: 3, sold: 6, rate: 0.5 });
    expect(byComponent.items.map((item: any) => [item.lotId, item.claims, item.sold])).toEqual([
      ['CELLS-A', 2, 3],
      ['CELLS-B', 1, 3],
    ]);
    expect(byComponent.items[0].ratio).toBeCloseTo(4 / 3);
    const byLot = await get('/v1/analytics/claim-rates?sku=PACK&by=lot');
    expect(byLot.items).toEqual([{ lotId: 'PACKS-1', claims: 3, sold: 6, rate: 0.5, ratio: 1 }]);
  });
});
