import { resolve } from 'node:path';

export interface AppConfig {
  dataDir: string;
  host: string;
  port: number;
  logLevel: 'error' | 'warn' | 'log' | 'debug' | 'verbose';
  /** How far in the future an `occurredAt` may be, to absorb clock differences between scanners and server. */
  clockSkewMs: number;
  /** How long a query with X-Min-Position waits for read models before answering 503. */
  minPositionWaitMs: number;
  projectorBatchSize: number;
  /** Durability of the event log: FULL (default) survives power loss, NORMAL only process crashes. */
  eventStoreSynchronous: 'FULL' | 'NORMAL';
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`invalid configuration:\n  - ${problems.join('\n  - ')}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

function integer(env: Env, name: string, fallback: number, min: number, max: number, problems: string[]): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    problems.push(`${name}=${JSON.stringify(raw)} must be an integer from ${min} to ${max}`);
    return fallback;
  }
  return value;
}

function oneOf<T extends string>(env: Env, name: string, allowed: readonly T[], fallback: T, problems: string[]): T {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = allowed.find((candidate) => candidate.toLowerCase() === raw.toLowerCase());
  if (!value) problems.push(`${name}=${JSON.stringify(raw)} must be one of ${allowed.join(', ')}`);
  return value ?? fallback;
}

/** Reads and validates the environment; every problem is reported at once. */
export function loadConfig(env: Env = process.env): AppConfig {
  const problems: string[] = [];
  const config: AppConfig = {
    dataDir: resolve(env.DATA_DIR || './data'),
    host: env.HOST || '0.0.0.0',
    port: integer(env, 'PORT', 3000, 0, 65_535, problems),
    logLevel: oneOf(env, 'LOG_LEVEL', ['error', 'warn', 'log', 'debug', 'verbose'] as const, 'log', problems),
    clockSkewMs: integer(env, 'CLOCK_SKEW_SECONDS', 120, 0, 86_400, problems) * 1000,
    minPositionWaitMs: integer(env, 'MIN_POSITION_WAIT_MS', 5_000, 0, 60_000, problems),
    projectorBatchSize: integer(env, 'PROJECTOR_BATCH_SIZE', 5_000, 1, 100_000, problems),
    eventStoreSynchronous: oneOf(env, 'EVENT_STORE_SYNCHRONOUS', ['FULL', 'NORMAL'] as const, 'FULL', problems),
  };
  if (problems.length) throw new ConfigError(problems);
  return config;
}
