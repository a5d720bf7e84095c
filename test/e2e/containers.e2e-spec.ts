import { eventually } from '@trace/shared/testing/eventually';
import { apiForSuite } from './api';

/**
 * A shipping day: cases are packed with units and stacked on a pallet (an SSCC), the pallet moves to the dock,
 * a quarantined unit blocks its shipment until it is taken out, then it ships and is received by the customer's
 * DC. Each unit's own history and current state follow the pallet.
 */
describe('containers over HTTP', () => {
  const api = apiForSuite();
  const { post, del, get, track } = api;
  const PALLET = '106141411234567897';

  const units = (...serials: string[]) => serials.map((serial) => ({ sku: 'PUMP', serial }));

  it('creates containers, refusing a duplicate and an SSCC with a wrong check digit', async () => {
    await post('/v1/containers', { containerId: PALLET, location: 'WH-A' });
    await post('/v1/containers', { containerId: 'CASE-1', location: 'WH-A' });
    await post('/v1/containers', { containerId: 'CASE-2', location: 'WH-A' });
    expect(await post('/v1/containers', { containerId: 'CASE-1', location: 'WH-B' }, 409)).toMatchObject({
      message: expect.stringContaining('already exists'),
    });
    const bad = await post('/v1/containers', { containerId: '106141411234567890', location: 'WH-A' }, 400);
    expect(JSON.stringify(bad)).toContain('check digit');
    await api.http.get('/v1/containers/NOPE').expect(404);
  });

  it('packs units into cases and cases onto the pallet; units say which containers hold them', async () => {
    await post('/v1/units/batch', { sku: 'PUMP', location: 'WH-A', serials: ['1', '2', '3', '4'] });
    await post('/v1/units', { sku: 'PUMP', serial: 'far', location: 'WH-B' });
    await post('/v1/containers/CASE-1/contents', { units: units('1', '2') });
    await post('/v1/containers/CASE-2/contents', { units: units('3') });
    await post(`/v1/containers/${PALLET}/contents`, { units: units('4'), containers: ['CASE-1', 'CASE-2'] });

    const pallet = await get(`/v1/containers/${PALLET}`);
    expect(pallet).toMatchObject({ containerId: PALLET, status: 'in_stock', location: 'WH-A', packedIn: [], unitCount: 1, containerCount: 2 });
    expect(pallet.containers).toEqual([
      { containerId: 'CASE-1', unitCount: 2, containerCount: 0 },
      { containerId: 'CASE-2', unitCount: 1, containerCount: 0 },
    ]);
    expect(pallet.units.items.map((u: { serial: string }) => u.serial)).toEqual(['4']);
    expect(await get('/v1/containers/CASE-1?limit=1')).toMatchObject({
      packedIn: [PALLET],
      units: { items: [{ serial: '1' }], nextCursor: expect.any(String) },
    });
    expect(await get('/v1/units/PUMP/1')).toMatchObject({ container: 'CASE-1', containers: ['CASE-1', PALLET], location: 'WH-A' });
  });

  it('refuses bad packing with the field or the rule, and changes nothing', async () => {
    const problems = async (body: object, status: number) => post('/v1/containers/CASE-2/contents', body, status);
    expect(JSON.stringify(await problems({}, 400))).toContain('at least one');
    expect(JSON.stringify(await problems({ units: units('9', '9') }, 400))).toContain('units[1]');
    expect(JSON.stringify(await problems({ units: [{ sku: 'PUMP' }] }, 400))).toContain('serial');
    expect(await problems({ units: units('nope') }, 422)).toMatchObject({ details: [{ field: 'units[0]', message: 'unit PUMP/nope not found' }] });
    expect(await problems({ units: units('far') }, 409)).toMatchObject({ details: { rule: 'pack-where-the-container-is' } });
    expect(await problems({ units: units('1') }, 409)).toMatchObject({ details: { rule: 'one-container-at-a-time' } });
    expect(await problems({ containers: [PALLET] }, 409)).toMatchObject({ details: { rule: 'no-cycles' } });
    expect(await post('/v1/units/PUMP/1/moves', { to: 'WH-B' }, 409)).toMatchObject({ details: { rule: 'packed-unit-moves-with-container' } });
    expect(await post('/v1/containers/CASE-1/moves', { to: 'WH-B' }, 409)).toMatchObject({ details: { rule: 'packed-container-moves-with-outer' } });
    expect((await get('/v1/containers/CASE-2')).unitCount).toBe(1);
  });

  it('moves the pallet with everything on it, each unit recording the move', async () => {
    await post(`/v1/containers/${PALLET}/moves`, { to: 'DOCK-3', reason: 'staging' });
    for (const serial of ['1', '3', '4']) expect(await get(`/v1/units/PUMP/${serial}`)).toMatchObject({ location: 'DOCK-3', status: 'in_stock' });
    expect(await get('/v1/containers/CASE-1')).toMatchObject({ location: 'DOCK-3' });
    const history = await get('/v1/units/PUMP/1/history');
    expect(history.items ?? history).toEqual(
      expect.arrayContaining([expect.objectContaining({ type: 'UnitMoved', data: expect.objectContaining({ to: 'DOCK-3', inContainer: PALLET }) })]),
    );
    expect((await get('/v1/locations/DOCK-3/units')).items).toHaveLength(4);
  });

  it('refuses to ship a pallet holding a quarantined unit, naming the recall, until that unit is taken out', async () => {
    await post('/v1/recalls', { recallId: 'RC-9', units: units('3'), reason: 'seal defect', severity: 'high' });
    await eventually(async () => (await get('/v1/units/PUMP/3')).openRecalls[0]?.quarantined === true);
    const refused = await post(`/v1/containers/${PALLET}/shipments`, { to: 'ACME' }, 409);
    expect(refused).toMatchObject({ details: { rule: 'quarantined' }, message: expect.stringContaining('RC-9') });
    expect((await get('/v1/units/PUMP/1')).status).toBe('in_stock');
    // The recall coordinator sees which case to pull, and lists the held units of one container.
    expect((await get('/v1/recalls/RC-9/units?container=CASE-2')).items).toEqual([
      expect.objectContaining({ sku: 'PUMP', serial: '3', container: 'CASE-2', location: 'DOCK-3' }),
    ]);
    expect((await get('/v1/recalls/RC-9/units?container=CASE-1')).items).toEqual([]);
    expect((await get('/v1/recalls/RC-9')).byContainer).toEqual({ 'CASE-2': 1 });

    await del('/v1/containers/CASE-2/contents/PUMP/3');
    await del(`/v1/containers/${PALLET}/containers/CASE-2`);
    expect(await get('/v1/units/PUMP/3')).toMatchObject({ container: null, containers: [], location: 'DOCK-3' });
    expect((await get('/v1/recalls/RC-9/units')).items).toEqual([expect.objectContaining({ serial: '3', container: null })]);
    const csv = await api.http.get('/v1/recalls/RC-9/units.csv').expect(200);
    expect(csv.text.split('\n')[0]).toContain(',container,');
    await post('/v1/units/PUMP/3/moves', { to: 'QUARANTINE-CAGE' });
    // A sale scanned before the recall and synced late is recorded (it happened); a new one is refused.
    await post('/v1/units/PUMP/3/sale', { customer: 'X', receipt: 'R-0' }, 409);
    await post('/v1/units/PUMP/3/sale', { customer: 'X', receipt: 'R-0', occurredAt: new Date(Date.now() - 3_600_000).toISOString() });
  });

  it('ships and receives the pallet; units follow it to the customer and can be unpacked there', async () => {
    await post(`/v1/containers/${PALLET}/shipments`, { to: 'ACME' });
    expect(await get('/v1/units/PUMP/2')).toMatchObject({ status: 'in_transit', location: null, destination: 'ACME' });
    expect(await post('/v1/containers/CASE-1/contents', { units: units('far') }, 409)).toMatchObject({ details: { rule: 'receive-before-use' } });
    await post(`/v1/containers/${PALLET}/receipts`, { by: 'ACME', location: 'ACME-DC' });
    expect(await get('/v1/units/PUMP/2')).toMatchObject({ status: 'in_stock', location: 'ACME-DC', custodian: 'ACME', container: 'CASE-1' });
    expect(await get(`/v1/containers/${PALLET}`)).toMatchObject({ status: 'in_stock', location: 'ACME-DC', custodian: 'ACME' });

    await del('/v1/containers/CASE-1/contents/PUMP/2');
    await del('/v1/containers/CASE-1/contents/PUMP/2', 409);
    await post('/v1/units/PUMP/2/sale', { customer: 'END-USER', receipt: 'R-1' });
  });

  it('packs a unit into exactly one container when ten packers race for it', async () => {
    await post('/v1/units', { sku: 'PUMP', serial: 'race', location: 'WH-A' });
    const boxes = Array.from({ length: 10 }, (_, i) => `BOX-${i}`);
    for (const box of boxes) await post('/v1/containers', { containerId: box, location: 'WH-A' });
    const answers = await Promise.all(boxes.map((box) => api.http.post(`/v1/containers/${box}/contents`).send({ units: units('race') })));
    expect(answers.map((answer) => answer.status).sort()).toEqual([201, ...Array(9).fill(409)]);
    const winner = boxes[answers.findIndex((answer) => answer.status === 201)];
    answers.forEach((answer) => track(answer));
    expect(await get('/v1/units/PUMP/race')).toMatchObject({ container: winner });
    const history = await get('/v1/units/PUMP/race/history');
    expect((history.items ?? history).filter((e: { type: string }) => e.type === 'UnitPacked')).toHaveLength(1);
  });

  it('answers a retried pack with the first outcome and appends nothing new', async () => {
    await post('/v1/containers', { containerId: 'CASE-3', location: 'WH-A' });
    await post('/v1/units', { sku: 'PUMP', serial: '5', location: 'WH-A' });
    const send = () =>
      api.http
        .post('/v1/containers/CASE-3/contents')
        .set('Idempotency-Key', 'pack-5')
        .send({ units: units('5') });
    const first = track(await send().expect(201));
    const again = track(await send().expect(201));
    expect(again).toEqual(first);
    const history = await get('/v1/units/PUMP/5/history');
    expect((history.items ?? history).filter((e: { type: string }) => e.type === 'UnitPacked')).toHaveLength(1);
  });
});
