import { resolve } from 'node:path';
import { ConfigError, loadConfig } from './config';

describe('configuration', () => {
  it('has defaults that run the embedded store under ./data on port 3000', () => {
    expect(loadConfig({})).toEqual({
      dataDir: resolve('./data'),
      host: '0.0.0.0',
      port: 3000,
      logLevel: 'log',
      logFormat: null,
      clockSkewMs: 120_000,
      minPositionWaitMs: 5_000,
      projectorBatchSize: 5_000,
      eventLogPollMs: 50,
      projectorNice: 10,
      heartbeatMs: 5_000,
      maxPendingCommands: 32,
      eventStoreSynchronous: 'FULL',
      eventStoreConnectionString: null,
      mongodbUri: null,
      mongodbDb: 'traceability',
      adminKeyFile: resolve('./data/admin.key'),
      secretsKey: null,
      secretsKeyFile: resolve('./data/secrets.key'),
      jwt: null,
      rateLimitPerMinute: 600_000,
      authFailuresPerMinute: 30,
      docs: true,
      suspectTravelMinutes: 60,
      webhookAllowHosts: [],
    });
  });

  it('selects the production stores by their connection strings', () => {
    const config = loadConfig({
      EVENTSTORE_CONNECTION_STRING: 'esdb://localhost:2113?tls=false',
      MONGODB_URI: 'mongodb://localhost:27017/?replicaSet=rs0',
      MONGODB_DB: 'trace_prod',
    });
    expect(config).toMatchObject({
      eventStoreConnectionString: 'esdb://localhost:2113?tls=false',
      mongodbUri: 'mongodb://localhost:27017/?replicaSet=rs0',
      mongodbDb: 'trace_prod',
    });
  });

  it('refuses connection strings of another scheme without echoing them, and bad database names', () => {
    expect(() => loadConfig({ EVENTSTORE_CONNECTION_STRING: 'tcp://admin:secret@es:1113', MONGODB_URI: 'postgres://x', MONGODB_DB: 'a b' })).toThrow(
      expect.objectContaining({
        problems: [
          'EVENTSTORE_CONNECTION_STRING must start with esdb:// or esdb+discover://',
          'MONGODB_URI must start with mongodb:// or mongodb+srv://',
          'MONGODB_DB="a b" must be 1 to 63 letters, digits, _ or -',
        ],
      }),
    );
  });

  it('reads every variable', () => {
    const config = loadConfig({
      DATA_DIR: '/tmp/x',
      PORT: '8080',
      LOG_LEVEL: 'DEBUG',
      LOG_FORMAT: 'JSON',
      CLOCK_SKEW_SECONDS: '5',
      EVENT_STORE_SYNCHRONOUS: 'normal',
      HEARTBEAT_SECONDS: '2',
    });
    expect(config).toMatchObject({
      dataDir: '/tmp/x',
      port: 8080,
      logLevel: 'debug',
      logFormat: 'json',
      clockSkewMs: 5_000,
      eventStoreSynchronous: 'NORMAL',
      heartbeatMs: 2_000,
    });
  });

  it('reads access control: the admin key file, an identity provider, the limits and the docs switch', () => {
    const config = loadConfig({
      ADMIN_KEY_FILE: '/run/secrets/admin.key',
      AUTH_JWKS_URL: 'https://idp.example.com/.well-known/jwks.json',
      AUTH_ISSUER: 'https://idp.example.com/',
      AUTH_AUDIENCE: 'trace-api',
      AUTH_ROLES_CLAIM: 'trace_roles',
      RATE_LIMIT_PER_MINUTE: '1200',
      AUTH_FAILURES_PER_MINUTE: '5',
      DOCS: 'off',
    });
    expect(config).toMatchObject({
      adminKeyFile: '/run/secrets/admin.key',
      jwt: {
        jwksUrl: 'https://idp.example.com/.well-known/jwks.json',
        issuer: 'https://idp.example.com/',
        audience: 'trace-api',
        rolesClaim: 'trace_roles',
        nameClaim: 'sub',
      },
      rateLimitPerMinute: 1200,
      authFailuresPerMinute: 5,
      docs: false,
    });
  });

  it('reads the key that seals secrets in the log, or where to keep one, and refuses a key that is not 32 bytes of base64', () => {
    const key = Buffer.alloc(32, 7);
    expect(loadConfig({ SECRETS_KEY: key.toString('base64') }).secretsKey).toEqual(key);
    expect(loadConfig({ DATA_DIR: '/srv/trace' }).secretsKeyFile).toBe('/srv/trace/secrets.key');
    expect(loadConfig({ SECRETS_KEY_FILE: '/run/secrets/trace.key' }).secretsKeyFile).toBe('/run/secrets/trace.key');
    for (const bad of ['c2hvcnQ=', `${key.toString('base64')}x`, key.toString('hex'), `${key.toString('base64').slice(0, 42)}!=`]) {
      expect(() => loadConfig({ SECRETS_KEY: bad })).toThrow(/SECRETS_KEY must be 32 bytes in base64/);
    }
  });

  it('needs all three identity provider settings or none', () => {
    expect(() => loadConfig({ AUTH_JWKS_URL: 'https://idp.example.com/jwks' })).toThrow(/AUTH_ISSUER and AUTH_AUDIENCE must be set too/);
    expect(() => loadConfig({ AUTH_JWKS_URL: 'ftp://idp', AUTH_ISSUER: 'i', AUTH_AUDIENCE: 'a' })).toThrow(/AUTH_JWKS_URL must be an http\(s\) URL/);
  });

  it('names every bad value at once', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: 'eighty', PROJECTOR_BATCH_SIZE: '0', EVENT_LOG_POLL_MS: '0', PROJECTOR_NICE: '-5', LOG_LEVEL: 'loud', LOG_FORMAT: 'xml' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).problems).toEqual([
      'PORT="eighty" must be an integer from 0 to 65535',
      'LOG_LEVEL="loud" must be one of error, warn, log, debug, verbose',
      'LOG_FORMAT="xml" must be one of json, pretty',
      'PROJECTOR_BATCH_SIZE="0" must be an integer from 1 to 100000',
      'EVENT_LOG_POLL_MS="0" must be an integer from 1 to 60000',
      'PROJECTOR_NICE="-5" must be an integer from 0 to 19',
    ]);
  });
});
