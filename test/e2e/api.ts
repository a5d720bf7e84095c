import { INestApplication } from '@nestjs/common';
import { Clock, loadConfig, READ_MODELS_CHECKPOINT } from '@trace/config';
import { RECALL_REACTOR_CHECKPOINT } from '@trace/application';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { followersModel } from '@trace/projector';
import { READ_STORE, ReadStore } from '@trace/read-store';
import { eventually } from '@trace/shared/testing/eventually';
import request from 'supertest';
import { createApi } from '../../apps/api/src/create-api';

/** Speaks HTTP to the API as a client holding a key does: every request carries it. */
export type Client = ReturnType<typeof request.agent>;

export interface RunningApi {
  app: INestApplication;
  /** As the admin key the first start wrote. */
  http: Client;
  /** As nobody: no credentials. */
  anonymous: ReturnType<typeof request>;
  /** The admin key, to issue others. */
  adminKey: string;
  /** A client holding `key`. */
  as(key: string): Client;
  close(): Promise<void>;
}

/** The key the first start wrote to `$DATA_DIR/admin.key`, as a newcomer reads it. */
export const adminKeyOf = (dataDir: string): string => readFileSync(join(dataDir, 'admin.key'), 'utf8').trim();

/** The admin key, or a made-up one when the first start could not issue it (its event store is unreachable). */
const adminKeyIfAny = (dataDir: string): string => (existsSync(join(dataDir, 'admin.key')) ? adminKeyOf(dataDir) : 'trk_not-issued-yet');

/** A client of `app` that sends `key` with every request. */
export const clientOf = (app: INestApplication, key: string): Client => request.agent(app.getHttpServer()).set('authorization', `Bearer ${key}`);

/** For a test that boots the service or the CLI more than once, or waits out the key register's freshness, on a busy machine. */
export const SLOW_TEST_MS = 20_000;

export const tempDataDir = () => mkdtempSync(join(tmpdir(), 'trace-e2e-'));
export const removeDataDir = (dir: string) => rmSync(dir, { recursive: true, force: true });

/** Boots the API exactly as `npm start` does, on `dataDir`, and speaks HTTP to it. */
export async function startApi(dataDir: string, withProjector = true, env: Record<string, string> = {}, clock?: Clock): Promise<RunningApi> {
  const config = loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'error', MIN_POSITION_WAIT_MS: '3000', ...env });
  const app = await createApi(config, { withProjector, clock });
  await app.init();
  const adminKey = adminKeyIfAny(dataDir);
  const http = clientOf(app, adminKey);
  // As a deployment waits for readiness: the followers in the process have said they are alive.
  if (withProjector && !config.mongodbUri && !config.eventStoreConnectionString) {
    const reads = app.get<ReadStore>(READ_STORE);
    await reads.register([followersModel]);
    const followers = [READ_MODELS_CHECKPOINT, RECALL_REACTOR_CHECKPOINT];
    await eventually(async () => (await reads.page(followersModel.name, { where: { name: followers }, limit: 10 })).length === followers.length);
  }
  return { app, http, anonymous: request(app.getHttpServer()), adminKey, as: (key) => clientOf(app, key), close: () => app.close() };
}

/** The API started for one describe block, on its own data directory, and stopped after it (read its fields in tests). */
export function startedForSuite(options: { withProjector?: boolean; env?: Record<string, string>; clock?: Clock } = {}) {
  const suite = {} as { api: RunningApi; dir: string };
  beforeAll(async () => {
    suite.dir = tempDataDir();
    suite.api = await startApi(suite.dir, options.withProjector ?? true, options.env, options.clock);
  });
  afterAll(async () => {
    await suite.api?.close();
    removeDataDir(suite.dir);
  });
  return suite;
}

/**
 * The API for one describe block, on its own data directory. Commands remember the newest position they were
 * answered with, and reads wait until the read models include it (read your writes).
 */
export function apiForSuite() {
  const suite = startedForSuite();
  let position = 0;
  // Supertest answers with an untyped body; each test asserts the shape it expects.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the shape is the test's to assert
  const track = (response: { body: any }) => {
    position = Math.max(position, response.body.position ?? 0);
    return response.body;
  };
  return {
    get http() {
      return suite.api.http;
    },
    track,
    post: async (path: string, body: object, status = 201) => track(await suite.api.http.post(path).send(body).expect(status)),
    del: async (path: string, status = 200) => track(await suite.api.http.delete(path).expect(status)),
    get: async (path: string) => (await suite.api.http.get(path).set('X-Min-Position', String(position)).expect(200)).body,
  };
}
