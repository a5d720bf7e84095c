import { apiForSuite } from './api';

describe('a unit life over HTTP (the walk-through of docs/operators.md)', () => {
  const api = apiForSuite();
  const command = api.post;

  it('registers a lot and assigns serials from it', async () => {
    expect(
      await command('/v1/lots', { lotId: 'LOT-7', sku: 'PUMP-200', producedAt: '2026-11-01', expiresAt: '2031-11-01', site: 'PLANT-1', quantity: 3 }),
    ).toEqual({
      lotId: 'LOT-7',
      revision: 0,
      position: 2,
    });
    expect(await command('/v1/units', { sku: 'PUMP-200', serial: 'SN 0001/A', lotId: 'LOT-7', location: 'WH-A', occurredAt: '2026-11-02T08:00:00Z' })).toEqual({
      sku: 'PUMP-200',
      serial: 'SN 0001/A',
      revision: 0,
      // LOT-7 declares its size (quantity without a location): the assignment also appends LotSerialsAssigned
      // to the lot's stream, in the same append, so the answer's position is that of the lot's event.
      position: 4,
    });
    await command('/v1/units', { sku: 'PUMP-200', serial: 'SN-0002', lotId: 'LOT-7', location: 'WH-A' });
  });

  it('lives a whole life: move, ship, receive, sell, return, repair', async () => {
    const unit = '/v1/units/PUMP-200/SN%200001%2FA';
    await command(`${unit}/moves`, { to: 'WH-B', reason: 'rebalance' });
    await command(`${unit}/shipments`, { to: 'DC-EAST' });
    expect(await api.get(unit)).toMatchObject({ status: 'in_transit', location: null, destination: 'DC-EAST' });
    await command(`${unit}/receipts`, { by: 'DC-EAST', location: 'DC-EAST/BAY-1' });
    await command(`${unit}/sale`, { customer: 'ACME', receipt: 'INV-42' });
    expect(await api.get(unit)).toMatchObject({ status: 'sold', custodian: 'ACME', customer: 'ACME' });
    await command(`${unit}/returns`, { reason: 'leaks', location: 'DC-EAST/RMA' });
    const repaired = await command(`${unit}/repairs`, { description: 'new seal' });
    // Positions 3-6: the two assignments from LOT-7, each a SerialAssigned and the lot's LotSerialsAssigned; then six changes.
    expect(repaired).toEqual({ revision: 6, position: 12 });
    expect(await api.get(unit)).toEqual({
      sku: 'PUMP-200',
      serial: 'SN 0001/A',
      lotId: 'LOT-7',
      status: 'in_stock',
      location: 'DC-EAST/RMA',
      custodian: 'DC-EAST',
      customer: null,
      destination: null,
      installedIn: null,
      container: null,
      containers: [],
      lastEventAt: expect.any(String),
      revision: 6,
      warranty: { status: 'none', endsAt: null },
      openRecalls: [],
      suspect: false,
      verifications: 0,
    });
  });

  it('tells the history in order, from the event log, with metadata', async () => {
    const items = (await api.http.get('/v1/units/PUMP-200/SN%200001%2FA/history').expect(200)).body.items;
    expect(items.map((i: { type: string }) => i.type)).toEqual([
      'SerialAssigned',
      'UnitMoved',
      'UnitShipped',
      'UnitReceived',
      'UnitSold',
      'UnitReturned',
      'UnitRepaired',
    ]);
    expect(items.map((i: { revision: number }) => i.revision)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(items[0]).toMatchObject({ occurredAt: '2026-11-02T08:00:00.000Z', data: { location: 'WH-A', lotId: 'LOT-7', expiresAt: '2031-11-01' } });
    expect(items[0].metadata).toEqual({
      commandId: expect.any(String),
      correlationId: expect.any(String),
      causationId: expect.any(String),
      actor: 'admin',
      schemaVersion: 1,
    });
    expect(Date.parse(items[0].recordedAt)).toBeGreaterThan(Date.parse(items[0].occurredAt));
  });

  it('records who issued a command and how it correlates', async () => {
    await api.http
      .post('/v1/units/PUMP-200/SN-0002/moves')
      .set({ 'X-On-Behalf-Of': 'badge-17', 'X-Correlation-Id': 'order-981', 'X-Causation-Id': 'pick-55' })
      .send({ to: 'WH-C' })
      .expect(201);
    const items = (await api.http.get('/v1/units/PUMP-200/SN-0002/history').expect(200)).body.items;
    expect(items[1].metadata).toMatchObject({ actor: 'admin', onBehalfOf: 'badge-17', correlationId: 'order-981', causationId: 'pick-55' });
  });

  it('answers which units came from the lot, by status and location, and what is where', async () => {
    api.track({ body: { position: (await api.http.get('/health').expect(200)).body.details.eventStore.position } });
    expect(await api.get('/v1/lots/LOT-7')).toEqual({
      lotId: 'LOT-7',
      sku: 'PUMP-200',
      producedAt: '2026-11-01',
      expiresAt: '2031-11-01',
      site: 'PLANT-1',
      quantity: 3,
      uom: 'EA',
      registeredAt: expect.any(String),
      units: { total: 2, byStatus: { in_stock: 2, in_transit: 0, sold: 0, returned: 0, missing: 0, scrapped: 0 } },
    });
    const serials = async (path: string) => (await api.get(path)).items.map((u: { serial: string }) => u.serial);
    expect(await serials('/v1/lots/LOT-7/units')).toEqual(['SN 0001/A', 'SN-0002']);
    expect(await serials('/v1/lots/LOT-7/units?location=WH-C')).toEqual(['SN-0002']);
    expect(await serials('/v1/lots/LOT-7/units?status=sold')).toEqual([]);
    expect(await serials('/v1/locations/DC-EAST%2FRMA/units')).toEqual(['SN 0001/A']);
    expect(await api.get('/v1/locations/WH-C/stock')).toEqual({ location: 'WH-C', total: 1, bySku: [{ sku: 'PUMP-200', count: 1 }] });
    expect(await api.get('/v1/locations/WH-A/stock')).toEqual({ location: 'WH-A', total: 0, bySku: [] });
  });

  it('scraps a unit, which then accepts nothing more', async () => {
    await command('/v1/units/PUMP-200/SN-0002/scrap', { reason: 'dropped' });
    const refused = await api.http.post('/v1/units/PUMP-200/SN-0002/moves').send({ to: 'WH-A' }).expect(409);
    expect(refused.body).toEqual({
      statusCode: 409,
      error: 'Conflict',
      message: 'unit PUMP-200/SN-0002 is scrapped and accepts nothing more',
      details: { rule: 'scrapped-is-final' },
    });
    expect((await api.get('/v1/lots/LOT-7')).units.byStatus).toMatchObject({ in_stock: 1, scrapped: 1 });
  });

  it('serves its OpenAPI description and its health', async () => {
    const spec = (await api.http.get('/docs-json').expect(200)).body;
    expect(Object.keys(spec.paths)).toEqual(
      expect.arrayContaining(['/v1/lots', '/v1/units', '/v1/units/batch', '/v1/units/{sku}/{serial}/moves', '/v1/lots/{lotId}/units', '/health']),
    );
    const health = (await api.http.get('/health').expect(200)).body;
    expect(health).toMatchObject({
      status: 'ok',
      details: { eventStore: { status: 'up' }, readStore: { status: 'up' }, projector: { status: 'up', lag: expect.any(Number) } },
    });
  });
});
