import { ProjectorAppModule } from '../../apps/projector/src/projector-app.module';
import { NestFactory } from '@nestjs/core';
import { loadConfig } from '@trace/config';
import { removeDataDir, startApi, tempDataDir } from './api';

describe('durability and process layout', () => {
  let dir: string;
  beforeEach(() => {
    dir = tempDataDir();
  });
  afterEach(() => removeDataDir(dir));

  it('keeps every unit, lot and history across a restart', async () => {
    const first = await startApi(dir);
    await first.http.post('/v1/lots').send({ lotId: 'L1', sku: 'PUMP' }).expect(201);
    await first.http.post('/v1/units').send({ sku: 'PUMP', serial: 'S1', lotId: 'L1', location: 'WH-A' }).expect(201);
    const { position } = (await first.http.post('/v1/units/PUMP/S1/shipments').send({ to: 'DC' }).expect(201)).body;
    await first.http.get('/v1/units/PUMP/S1').set('X-Min-Position', String(position)).expect(200);
    await first.close();

    const second = await startApi(dir);
    expect((await second.http.get('/v1/units/PUMP/S1').expect(200)).body).toMatchObject({ status: 'in_transit', lotId: 'L1' });
    expect((await second.http.get('/v1/units/PUMP/S1/history').expect(200)).body.items).toHaveLength(2);
    expect((await second.http.get('/v1/lots/L1').expect(200)).body.units.total).toBe(1);
    await second.http.post('/v1/units/PUMP/S1/receipts').send({ by: 'DC', location: 'DC-1' }).expect(201);
    await second.close();
  });

  it('runs API and projector as two processes sharing the SQLite files', async () => {
    const api = await startApi(dir, false);
    const projector = await NestFactory.createApplicationContext(ProjectorAppModule.forRoot(loadConfig({ DATA_DIR: dir })), { logger: false });
    await projector.init();
    try {
      const { position } = (await api.http.post('/v1/units').send({ sku: 'PUMP', serial: 'S1', location: 'WH-A' }).expect(201)).body;
      const unit = await api.http.get('/v1/units/PUMP/S1').set('X-Min-Position', String(position)).expect(200);
      expect(unit.body.location).toBe('WH-A');
    } finally {
      await projector.close();
      await api.close();
    }
  });

  it('catches up on what the API accepted while no projector ran', async () => {
    const api = await startApi(dir, false);
    const { position } = (await api.http.post('/v1/units').send({ sku: 'PUMP', serial: 'S1', location: 'WH-A' }).expect(201)).body;
    await api.http.get('/v1/units/PUMP/S1').expect(404);
    await api.close();
    const withProjector = await startApi(dir, true);
    await withProjector.http.get('/v1/units/PUMP/S1').set('X-Min-Position', String(position)).expect(200);
    await withProjector.close();
  });
});
