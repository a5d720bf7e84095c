import { join, resolve } from 'node:path';

export interface AppConfig {
  dataDir: string;
  host: string;
  port: number;
  logLevel: 'error' | 'warn' | 'log' | 'debug' | 'verbose';
  /** One JSON object per log line, or lines for people; null: pretty when the log goes to a terminal, JSON otherwise. */
  logFormat: 'json' | 'pretty' | null;
  /** How far in the future an `occurredAt` may be, to absorb clock differences between scanners and server. */
  clockSkewMs: number;
  /** How long a query with X-Min-Position waits for read models before answering 503. */
  minPositionWaitMs: number;
  projectorBatchSize: number;
  /**
   * How often a follower of the embedded event log (projector, recall reactor, EPCIS deliveries) looks for events
   * another process appended; appends of its own process, and npm start's API's, wake it at once.
   */
  eventLogPollMs: number;
  /**
   * The projector process's nice value (0 to 19): above 0 it yields the CPU to the API on a machine both share, so
   * commands stay fast under load while the read models catch up; alone on its machine it makes no difference.
   */
  projectorNice: number;
  /** Commands in progress at once; more are refused with 503 and Retry-After at once: a bound on how long a command waits. */
  maxPendingCommands: number;
  /** How often the projector and the recall reactor say they are alive; health calls one stopped after three missed beats. */
  heartbeatMs: number;
  /** Durability of the event log: FULL (default) survives power loss, NORMAL only process crashes. */
  eventStoreSynchronous: 'FULL' | 'NORMAL';
  /** EventStoreDB to keep the event log in (`esdb://…`); null keeps it in the embedded SQLite file. */
  eventStoreConnectionString: string | null;
  /** MongoDB to keep the read models in (`mongodb://…`); null keeps them in the embedded SQLite file. */
  mongodbUri: string | null;
  /** MongoDB database of the read models. */
  mongodbDb: string;
  /** Where the first start writes the key of the `admin` key it creates (mode 0600). */
  adminKeyFile: string;
  /**
   * The key that seals the secrets the event log keeps (a subscription's signature token), from SECRETS_KEY (32
   * bytes in base64; every process of a deployment needs the same); null: the key in `secretsKeyFile`.
   */
  secretsKey: Buffer | null;
  /** Where the key is kept when SECRETS_KEY is not set: made (mode 0600) by the first process that needs it. */
  secretsKeyFile: string;
  /** Bearer tokens that are JWTs, verified against an identity provider's keys; null: API keys only. */
  jwt: JwtConfig | null;
  /** Requests a principal may send per minute, per process, before 429. */
  rateLimitPerMinute: number;
  /** Failed authentications an address may make per minute, per process, before 429. */
  authFailuresPerMinute: number;
  /** Whether /docs (the OpenAPI pages and document) is served. */
  docs: boolean;
  /** Two sightings of one serial at different locations closer in time than this make it suspect. */
  suspectTravelMinutes: number;
  /** Hosts EPCIS subscriptions may deliver to although they resolve to private or loopback addresses. */
  webhookAllowHosts: string[];
}

export interface JwtConfig {
  jwksUrl: string;
  issuer: string;
  audience: string;
  /** The claim holding the roles (an array of role names, or one space-separated string). */
  rolesClaim: string;
  /** The claim naming the principal. */
  nameClaim: string;
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

function oneOf<T extends string, F = T>(env: Env, name: string, allowed: readonly T[], fallback: F, problems: string[]): T | F {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = allowed.find((candidate) => candidate.toLowerCase() === raw.toLowerCase());
  if (!value) problems.push(`${name}=${JSON.stringify(raw)} must be one of ${allowed.join(', ')}`);
  return value ?? fallback;
}

// The value is not echoed: connection strings may carry a password.
function connectionString(env: Env, name: string, schemes: string[], problems: string[]): string | null {
  const raw = env[name];
  if (raw === undefined || raw === '') return null;
  if (!schemes.some((scheme) => raw.startsWith(scheme))) problems.push(`${name} must start with ${schemes.join(' or ')}`);
  return raw;
}

function secretsKey(env: Env, problems: string[]): Buffer | null {
  const raw = env.SECRETS_KEY;
  if (raw === undefined || raw === '') return null;
  const key = Buffer.from(raw, 'base64');
  // Node's decoder skips what is not base64: only the exact text of 32 bytes is taken.
  if (!/^[A-Za-z0-9+/]{43}=?$/.test(raw) || key.length !== 32 || key.toString('base64').slice(0, 43) !== raw.slice(0, 43)) {
    problems.push('SECRETS_KEY must be 32 bytes in base64 (openssl rand -base64 32)');
    return null;
  }
  return key;
}

function databaseName(env: Env, name: string, fallback: string, problems: string[]): string {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!/^[A-Za-z0-9_-]{1,63}$/.test(raw)) problems.push(`${name}=${JSON.stringify(raw)} must be 1 to 63 letters, digits, _ or -`);
  return raw;
}

const JWT_SETTINGS = ['AUTH_JWKS_URL', 'AUTH_ISSUER', 'AUTH_AUDIENCE'] as const;

function jwtConfig(env: Env, problems: string[]): JwtConfig | null {
  const given = JWT_SETTINGS.filter((name) => env[name]);
  if (given.length === 0) return null;
  if (given.length < JWT_SETTINGS.length) {
    problems.push(`${JWT_SETTINGS.filter((name) => !env[name]).join(' and ')} must be set too: JWTs need ${JWT_SETTINGS.join(', ')}`);
    return null;
  }
  const jwksUrl = env.AUTH_JWKS_URL as string;
  if (!/^https?:\/\//.test(jwksUrl)) problems.push('AUTH_JWKS_URL must be an http(s) URL');
  const claim = (name: string, fallback: string) => {
    const raw = env[name] || fallback;
    if (!/^[\x21-\x7e]{1,64}$/.test(raw)) problems.push(`${name}=${JSON.stringify(raw)} must be a claim name (1-64 visible characters)`);
    return raw;
  };
  return {
    jwksUrl,
    issuer: env.AUTH_ISSUER as string,
    audience: env.AUTH_AUDIENCE as string,
    rolesClaim: claim('AUTH_ROLES_CLAIM', 'roles'),
    nameClaim: claim('AUTH_NAME_CLAIM', 'sub'),
  };
}

/** Reads and validates the environment; every problem is reported at once. */
export function loadConfig(env: Env = process.env): AppConfig {
  const problems: string[] = [];
  const dataDir = resolve(env.DATA_DIR || './data');
  const config: AppConfig = {
    dataDir,
    host: env.HOST || '0.0.0.0',
    port: integer(env, 'PORT', 3000, 0, 65_535, problems),
    logLevel: oneOf(env, 'LOG_LEVEL', ['error', 'warn', 'log', 'debug', 'verbose'] as const, 'log', problems),
    logFormat: oneOf(env, 'LOG_FORMAT', ['json', 'pretty'] as const, null, problems),
    clockSkewMs: integer(env, 'CLOCK_SKEW_SECONDS', 120, 0, 86_400, problems) * 1000,
    minPositionWaitMs: integer(env, 'MIN_POSITION_WAIT_MS', 5_000, 0, 60_000, problems),
    projectorBatchSize: integer(env, 'PROJECTOR_BATCH_SIZE', 5_000, 1, 100_000, problems),
    eventLogPollMs: integer(env, 'EVENT_LOG_POLL_MS', 50, 1, 60_000, problems),
    projectorNice: integer(env, 'PROJECTOR_NICE', 10, 0, 19, problems),
    heartbeatMs: integer(env, 'HEARTBEAT_SECONDS', 5, 1, 300, problems) * 1000,
    maxPendingCommands: integer(env, 'MAX_PENDING_COMMANDS', 32, 1, 100_000, problems),
    eventStoreSynchronous: oneOf(env, 'EVENT_STORE_SYNCHRONOUS', ['FULL', 'NORMAL'] as const, 'FULL', problems),
    eventStoreConnectionString: connectionString(env, 'EVENTSTORE_CONNECTION_STRING', ['esdb://', 'esdb+discover://'], problems),
    mongodbUri: connectionString(env, 'MONGODB_URI', ['mongodb://', 'mongodb+srv://'], problems),
    mongodbDb: databaseName(env, 'MONGODB_DB', 'traceability', problems),
    adminKeyFile: resolve(env.ADMIN_KEY_FILE || join(dataDir, 'admin.key')),
    secretsKey: secretsKey(env, problems),
    secretsKeyFile: resolve(env.SECRETS_KEY_FILE || join(dataDir, 'secrets.key')),
    jwt: jwtConfig(env, problems),
    rateLimitPerMinute: integer(env, 'RATE_LIMIT_PER_MINUTE', 600_000, 1, 100_000_000, problems),
    authFailuresPerMinute: integer(env, 'AUTH_FAILURES_PER_MINUTE', 30, 1, 100_000, problems),
    docs: oneOf(env, 'DOCS', ['on', 'off'] as const, 'on', problems) === 'on',
    suspectTravelMinutes: integer(env, 'SUSPECT_TRAVEL_MINUTES', 60, 0, 525_600, problems),
    webhookAllowHosts: (env.WEBHOOK_ALLOW_HOSTS ?? '')
      .split(',')
      .map((host) => host.trim().toLowerCase())
      .filter((host) => host.length > 0),
  };
  if (problems.length) throw new ConfigError(problems);
  return config;
}
