import { INestApplication } from '@nestjs/common';
import { loadConfig } from '@trace/config';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { createApi } from '../../apps/api/src/create-api';

export interface RunningApi {
  app: INestApplication;
  http: ReturnType<typeof request>;
  close(): Promise<void>;
}

export const tempDataDir = () => mkdtempSync(join(tmpdir(), 'trace-e2e-'));
export const removeDataDir = (dir: string) => rmSync(dir, { recursive: true, force: true });

/** Boots the API exactly as `npm start` does, on `dataDir`, and speaks HTTP to it. */
export async function startApi(dataDir: string, withProjector = true, env: Record<string, string> = {}): Promise<RunningApi> {
  const config = loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'error', MIN_POSITION_WAIT_MS: '3000', ...env });
  const app = await createApi(config, { withProjector });
  await app.init();
  return { app, http: request(app.getHttpServer()), close: () => app.close() };
}
