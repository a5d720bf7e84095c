import { eventually } from '@trace/shared/testing/eventually';
import { apiForSuite } from './api';

/**
 * A recall coordinator's day: lot Y feeds cells, cells are built into modules, modules into a pack, the pack
 * into a vehicle (depth 4, a module holding two cells of Y, one cell removed before the recall), then lot Y
 * is recalled, late facts arrive, units are resolved and the recall is closed.
 */
describe('genealogy and recall over HTTP', () => {
  const api = apiForSuite();
  const { post, get } = api;
  const before = new Date(Date.now() - 3_600_000).toISOString();

  const unit = (sku: string, serial: string) => ({ sku, serial });
  const install = (parent: string, child: string, extra = {}) =>
    post(`/v1/units/${parent}/components`, { ...unit(...(child.split('/') as [string, string])), ...extra });
  const recall = () => get('/v1/recalls/RC-1');
  const serials = (items: Array<{ sku: string; serial: string }>) => items.map((i) => `${i.sku}/${i.serial}`).sort();

  it('builds a four-level assembly with a diamond, upward propagation and a removal', async () => {
    await post('/v1/lots', { lotId: 'Y', sku: 'CELL' });
    await post('/v1/lots', { lotId: 'Z', sku: 'CELL' });
    await post('/v1/units/batch', { sku: 'CELL', lotId: 'Y', location: 'CELL-LINE', serials: ['c1', 'c2', 'c4'] });
    await post('/v1/units', { sku: 'CELL', serial: 'c3', lotId: 'Z', location: 'CELL-LINE' });
    await post('/v1/units/batch', { sku: 'MOD', location: 'MOD-LINE', serials: ['m1', 'm2'] });
    await post('/v1/units', { sku: 'PACK', serial: 'p1', location: 'PACK-LINE' });
    await post('/v1/units', { sku: 'CAR', serial: 'v1', location: 'PLANT' });
    // The vehicle gets its (still empty) pack first: later installs must reach it by propagation.
    await install('CAR/v1', 'PACK/p1');
    await install('PACK/p1', 'MOD/m1');
    await install('PACK/p1', 'MOD/m2');
    await install('MOD/m1', 'CELL/c1');
    await install('MOD/m1', 'CELL/c2');
    await install('MOD/m2', 'CELL/c3');
    await install('MOD/m2', 'CELL/c4');
    await api.http.delete('/v1/units/MOD/m2/components/CELL/c4').expect(200);
    await post('/v1/units/CAR/v1/sale', { customer: 'ACME', receipt: 'INV-1' });

    const genealogy = await get('/v1/units/CAR/v1/genealogy');
    expect(genealogy.parents).toEqual([]);
    const pack = genealogy.tree.components[0];
    expect(pack).toMatchObject({ sku: 'PACK', serial: 'p1' });
    expect(serials(pack.components)).toEqual(['MOD/m1', 'MOD/m2']);
    const m1 = pack.components.find((m: { serial: string }) => m.serial === 'm1');
    expect(m1.components.map((c: { serial: string; lots: unknown }) => [c.serial, c.lots])).toEqual([
      ['c1', [{ lotId: 'Y', how: 'lot' }]],
      ['c2', [{ lotId: 'Y', how: 'lot' }]],
    ]);
    expect((await get('/v1/units/CELL/c1/genealogy')).parents).toEqual([unit('MOD', 'm1'), unit('PACK', 'p1'), unit('CAR', 'v1')]);
  });

  it('refuses a second parent and a cycle', async () => {
    expect((await post('/v1/units/MOD/m2/components', unit('CELL', 'c1'), 409)).details).toEqual({ rule: 'one-parent-at-a-time' });
    expect((await post('/v1/units/MOD/m1/components', unit('CAR', 'v1'), 409)).details).toEqual({ rule: 'no-cycles' });
    await post('/v1/units/MOD/m1/components', unit('CELL', 'nope'), 422);
  });

  it('traces lot Y at any depth, each unit once with every path, filterable by status', async () => {
    const page = await get('/v1/lots/Y/units?transitive=true');
    expect(serials(page.items)).toEqual(['CAR/v1', 'CELL/c1', 'CELL/c2', 'CELL/c4', 'MOD/m1', 'PACK/p1']);
    const car = page.items.find((i: { sku: string }) => i.sku === 'CAR');
    expect(car).toMatchObject({ status: 'sold', custodian: 'ACME', customer: 'ACME' });
    expect(car.via.map((v: { path: Array<{ serial: string }> }) => v.path.map((u) => u.serial).join('>')).sort()).toEqual(['c1>m1>p1>v1', 'c2>m1>p1>v1']);
    // Everything in the car went with it to ACME: a unit built into others is where the outermost one is.
    const sold = (await get('/v1/lots/Y/units?transitive=true&status=sold')).items;
    expect(serials(sold)).toEqual(['CAR/v1', 'CELL/c1', 'CELL/c2', 'MOD/m1', 'PACK/p1']);
    const c1 = sold.find((i: { serial: string }) => i.serial === 'c1');
    expect(c1).toMatchObject({
      status: 'sold',
      location: null,
      custodian: 'ACME',
      customer: 'ACME',
      installedIn: [unit('MOD', 'm1'), unit('PACK', 'p1'), unit('CAR', 'v1')],
    });
    expect(await get('/v1/units/CELL/c1')).toMatchObject({
      status: 'sold',
      customer: 'ACME',
      installedIn: [unit('MOD', 'm1'), unit('PACK', 'p1'), unit('CAR', 'v1')],
    });
    expect(await get('/v1/units/CELL/c4')).toMatchObject({ status: 'in_stock', location: 'PLANT', customer: null, installedIn: null });
    // Time travel places it the same way, each unit of the chain read by the same clock.
    expect(await get(`/v1/units/CELL/c1?asOf=${encodeURIComponent(new Date().toISOString())}`)).toMatchObject({
      status: 'sold',
      customer: 'ACME',
      installedIn: [unit('MOD', 'm1'), unit('PACK', 'p1'), unit('CAR', 'v1')],
    });
    expect(serials((await get('/v1/lots/Y/units')).items)).toEqual(['CELL/c1', 'CELL/c2', 'CELL/c4']);
  });

  it('recalls lot Y: every affected unit is quarantined once, the old parent of a removed cell is not', async () => {
    const opened = await post('/v1/recalls', { recallId: 'RC-1', lotIds: ['Y'], reason: 'separator defect', severity: 'critical' });
    expect(opened.recallId).toBe('RC-1');
    // The affected set is there as soon as the recall is read back; each unit's hold follows in its history.
    expect(await recall()).toMatchObject({ affected: 6, outstanding: 6 });
    await eventually(async () => (await recall()).quarantined === 6);
    const progress = await recall();
    expect(progress).toMatchObject({ state: 'open', affected: 6, quarantined: 6, outstanding: 6, resolved: 0, lotIds: ['Y'], severity: 'critical' });
    // The customers to contact: ACME holds the car and everything built into it; the removed cell is in house.
    expect(progress.byCustomer).toEqual({ ACME: 5, null: 1 });
    expect(progress.byStatus).toEqual({ sold: 5, in_stock: 1 });
    const held = (await get('/v1/recalls/RC-1/units?limit=100')).items;
    expect(serials(held)).toEqual(['CAR/v1', 'CELL/c1', 'CELL/c2', 'CELL/c4', 'MOD/m1', 'PACK/p1']);
    const c2 = held.find((row: { serial: string }) => row.serial === 'c2');
    expect(c2).toMatchObject({
      status: 'sold',
      customer: 'ACME',
      custodian: 'ACME',
      destination: null,
      installedIn: [unit('MOD', 'm1'), unit('PACK', 'p1'), unit('CAR', 'v1')],
    });
    // What a recall row shows is the public view: no internal bookkeeping.
    expect(c2).not.toHaveProperty('holdPending');
    expect(c2).not.toHaveProperty('top');
    expect((await get('/v1/units/CELL/c4')).openRecalls).toEqual([{ recallId: 'RC-1', since: expect.any(String), origin: 'lot:Y', quarantined: true }]);
    expect((await get('/v1/units/MOD/m2')).openRecalls).toEqual([]);
    const history = (await get('/v1/units/CELL/c1/history')).items.map((e: { type: string }) => e.type);
    expect(history.filter((type: string) => type === 'UnitQuarantined')).toHaveLength(1);
  });

  it('stops quarantined units from being sold, shipped or built in — but records facts from before the recall', async () => {
    const refused = await post('/v1/units/CELL/c4/sale', { customer: 'X', receipt: 'R' }, 409);
    expect(refused).toMatchObject({ details: { rule: 'quarantined' }, message: expect.stringContaining('RC-1') });
    await post('/v1/units/CELL/c4/shipments', { to: 'DC' }, 409);
    expect((await post('/v1/units/MOD/m2/components', unit('CELL', 'c4'), 409)).details).toEqual({ rule: 'quarantined' });
    await post('/v1/units/CELL/c4/moves', { to: 'QUARANTINE-CAGE' });
    // A scanner syncing late: c4 really went back into m2 before the recall.
    await post('/v1/units/MOD/m2/components', { ...unit('CELL', 'c4'), occurredAt: before });
  });

  it('catches late lineage: the late installation and a serial assigned to the recalled lot', async () => {
    await post('/v1/units', { sku: 'CELL', serial: 'c5', lotId: 'Y', location: 'CELL-LINE' });
    await eventually(async () => (await recall()).quarantined === 8);
    const held = serials((await get('/v1/recalls/RC-1/units?limit=100')).items);
    expect(held).toEqual(expect.arrayContaining(['MOD/m2', 'CELL/c5']));
    expect(held).not.toContain('CELL/c3');
  });

  it('resolves units, refuses to close while units are outstanding, and closes when forced', async () => {
    await post('/v1/recalls/RC-1/units/CELL/c5/resolution', { action: 'destroyed', note: 'scrapped at line' });
    await post('/v1/recalls/RC-1/units/CELL/c5/resolution', { action: 'released' }, 409);
    await post('/v1/recalls/RC-1/units/CELL/c3/resolution', { action: 'released' }, 409);
    const progress = await recall();
    expect(progress).toMatchObject({ outstanding: 7, resolved: 1, byAction: { destroyed: 1 } });
    expect(serials((await get('/v1/recalls/RC-1/units?state=resolved')).items)).toEqual(['CELL/c5']);

    const held1 = (await get('/v1/recalls/RC-1/units?limit=100')).items.find((row: { serial: string }) => row.serial === 'c1');
    const csv = await api.http.get('/v1/recalls/RC-1/units.csv').expect(200);
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    const lines = csv.text.trim().split('\r\n');
    expect(lines[0]).toBe(
      'recallId,sku,serial,state,action,status,location,custodian,customer,destination,container,installedIn,origin,quarantinedAt,resolvedAt,note',
    );
    expect(lines).toHaveLength(9);
    expect(lines.find((line) => line.startsWith('RC-1,CELL,c1,'))).toBe(
      `RC-1,CELL,c1,outstanding,,sold,,ACME,ACME,,,MOD/m1 > PACK/p1 > CAR/v1,lot:Y,${(held1 as { quarantinedAt: string }).quarantinedAt},,`,
    );

    expect((await post('/v1/recalls/RC-1/close', {}, 409)).details).toEqual({ rule: 'units-outstanding' });
    await post('/v1/recalls/RC-1/close', { force: true }, 400);
    const closed = await api.http.post('/v1/recalls/RC-1/close').send({ force: true, reason: 'field units written off' }).expect(200);
    expect(closed.body).toMatchObject({ recallId: 'RC-1', outstanding: 7 });
    await eventually(async () => (await recall()).outstanding === 0);
    expect(await recall()).toMatchObject({ state: 'closed', forced: true, resolved: 8 });
    await post('/v1/units/CELL/c1/moves', { to: 'WH-A' }, 409); // still installed in m1
    await post('/v1/units/CELL/c3/moves', { to: 'WH-A' }, 409); // installed too: the rule names the parent
  });

  it('answers 404 for an unknown recall and 422 for an unknown lot', async () => {
    await api.http.get('/v1/recalls/NOPE').expect(404);
    await api.http.get('/v1/recalls/NOPE/units.csv').expect(404);
    await post('/v1/recalls', { lotIds: ['NOPE'], reason: 'x', severity: 'low' }, 422);
    await post('/v1/recalls', { reason: 'x', severity: 'low' }, 400);
  });
});
