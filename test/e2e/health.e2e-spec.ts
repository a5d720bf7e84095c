import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { loadConfig } from '@trace/config';
import { eventually } from '@trace/shared/testing/eventually';
import { ProjectorAppModule } from '../../apps/projector/src/projector-app.module';
import { removeDataDir, RunningApi, startApi, tempDataDir } from './api';

/** /health tells a stopped projector from a slow one: each follower of the log writes a heartbeat. */
describe('health of the projector and the recall reactor', () => {
  let dir: string;
  let api: RunningApi;
  let projector: INestApplicationContext | undefined;
  /** The API's clock runs this far ahead of the projector's: moving it forward is time passing without beats. */
  let ahead = 0;

  beforeAll(async () => {
    dir = tempDataDir();
    api = await startApi(dir, false, { HEARTBEAT_SECONDS: '1' }, () => new Date(Date.now() + ahead));
    api.app.useLogger(false);
  });
  afterAll(async () => {
    await projector?.close();
    await api.close();
    removeDataDir(dir);
  });

  const health = async () => (await api.http.get('/health')).body;

  it('says so when no projector ever ran', async () => {
    const response = await api.http.get('/health').expect(503);
    expect(response.body.details).toMatchObject({
      eventStore: { status: 'up' },
      readStore: { status: 'up' },
      // The first start's admin key is the one event in the log.
      projector: { status: 'down', lag: 1, message: expect.stringContaining('no projector has reported yet') },
      recallReactor: { status: 'down', message: expect.stringContaining('no recallReactor has reported yet') },
    });
  });

  it('reports a running projector up, with its lag and its last heartbeat', async () => {
    projector = await NestFactory.createApplicationContext(ProjectorAppModule.forRoot(loadConfig({ DATA_DIR: dir, HEARTBEAT_SECONDS: '1' })), {
      logger: false,
    });
    await projector.init();
    await eventually(async () => (await health()).status === 'ok');
    const details = (await api.http.get('/health').expect(200)).body.details;
    expect(details.projector).toMatchObject({ status: 'up', lag: 0, beatAt: expect.any(String), process: expect.stringMatching(/:\d+$/) });
    expect(details.recallReactor).toMatchObject({ status: 'up' });
  });

  it('reports a stopped projector down once three heartbeats are missing, however small its lag', async () => {
    await projector!.close();
    projector = undefined;
    await api.http.post('/v1/units').send({ sku: 'PUMP', serial: 'S1', location: 'WH-A' }).expect(201);
    ahead = 2_000;
    expect((await api.http.get('/health').expect(200)).body.details.projector.status).toBe('up');
    ahead = 10_000;
    const details = (await api.http.get('/health').expect(503)).body.details;
    expect(details.projector).toMatchObject({ status: 'down', lag: 1, message: expect.stringMatching(/^no heartbeat for (9|10|11) s: stopped or hung$/) });
    expect(details.recallReactor).toMatchObject({ status: 'down', message: expect.stringMatching(/^no heartbeat for/) });
  });
});
