import { createLogger, loadConfig } from '@trace/config';
import { EVENT_STORE, EventStore } from '@trace/event-store';
import { capturedLog } from '@trace/shared/testing/captured-log';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createApi } from '../../apps/api/src/create-api';
import { clientOf, removeDataDir, SLOW_TEST_MS, startApi, startedForSuite, tempDataDir } from './api';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('API keys', () => {
  let now = new Date('2026-12-01T09:00:00Z');
  const suite = startedForSuite({ clock: () => now });

  it('issues a key shown once, which then works with its roles and records its writes under its name', async () => {
    const issued = await suite.api.http
      .post('/v1/keys')
      .send({ name: 'scanner-7', roles: ['operator'] })
      .expect(201);
    expect(issued.body).toEqual({
      keyId: expect.stringMatching(/^key_/),
      name: 'scanner-7',
      roles: ['operator'],
      expiresAt: null,
      key: expect.stringMatching(/^trk_/),
    });
    const scanner = suite.api.as(issued.body.key);
    await scanner.post('/v1/units').send({ sku: 'PUMP', serial: 'K-1', location: 'WH-A' }).expect(201);
    const history = await scanner.get('/v1/units/PUMP/K-1/history').set('X-Min-Position', '1').expect(200);
    expect(history.body.items[0].metadata).toEqual(expect.objectContaining({ actor: 'scanner-7' }));
    await scanner.get('/v1/keys').expect(403);
  });

  it('lists keys with names, roles, creation, expiry and revocation, never a secret or a hash', async () => {
    const listed = await suite.api.http.get('/v1/keys').expect(200);
    expect(listed.body.items).toEqual(
      expect.arrayContaining([
        { keyId: expect.any(String), name: 'admin', roles: ['admin'], issuedAt: expect.any(String), expiresAt: null, revokedAt: null, state: 'active' },
        expect.objectContaining({ name: 'scanner-7', roles: ['operator'], state: 'active' }),
      ]),
    );
    const text = JSON.stringify(listed.body);
    expect(text).not.toMatch(/trk_|hash|secret/i);
    expect(text).not.toContain(suite.api.adminKey);
  });

  it.each([
    [{ name: 'scanner-7', roles: ['operator'] }, 409, /a key named scanner-7 exists/],
    [{ name: '', roles: ['operator'] }, 400, /name/],
    [{ name: 'x'.repeat(65), roles: ['operator'] }, 400, /name/],
    [{ name: 'tab\there', roles: ['operator'] }, 400, /name/],
    [{ name: 'recall-reactor', roles: ['operator'] }, 400, /own writers/],
    [{ name: 'nobody', roles: [] }, 400, /roles/],
    [{ name: 'nobody', roles: ['root'] }, 400, /roles/],
    [{ name: 'nobody', roles: ['operator'], expiresAt: '2020-01-01T00:00:00Z' }, 400, /expiresAt/],
    [{ name: 'nobody', roles: ['operator'], expiresAt: 'soon' }, 400, /expiresAt/],
  ])('refuses %j with %i', async (body, status, message) => {
    const answer = await suite.api.http.post('/v1/keys').send(body).expect(status);
    expect(answer.body.message + JSON.stringify(answer.body.details ?? '')).toMatch(message);
  });

  it('revokes a key: 204, refused at once here, and the revocation is in the log with who did it', async () => {
    const issued = await suite.api.http
      .post('/v1/keys')
      .send({ name: 'leaver', roles: ['analyst'] })
      .expect(201);
    const leaver = suite.api.as(issued.body.key);
    await leaver.get('/v1/units/PUMP/K-1').expect(200);
    await suite.api.http.delete(`/v1/keys/${issued.body.keyId}`).expect(204);
    const refused = await leaver.get('/v1/units/PUMP/K-1').expect(401);
    expect(refused.body.message).toBe('the key was revoked');
    expect(refused.headers['www-authenticate']).toBe('Bearer');
    // Revoking again changes nothing; an unknown key is 404.
    await suite.api.http.delete(`/v1/keys/${issued.body.keyId}`).expect(204);
    await suite.api.http.delete('/v1/keys/key_unknown').expect(404);
    const listed = await suite.api.http.get('/v1/keys').expect(200);
    expect(listed.body.items).toContainEqual(expect.objectContaining({ name: 'leaver', state: 'revoked', revokedAt: expect.any(String) }));

    const events = await suite.api.app.get<EventStore>(EVENT_STORE).readStream('access-keys');
    const revocations = events.filter((event) => event.type === 'KeyRevoked');
    expect(revocations).toEqual([
      expect.objectContaining({ data: { keyId: issued.body.keyId, name: 'leaver' }, metadata: expect.objectContaining({ actor: 'admin' }) }),
    ]);
    const issuances = events.filter((event) => event.type === 'KeyIssued').map((event) => [event.data.name, event.metadata.actor]);
    expect(issuances).toEqual(
      expect.arrayContaining([
        ['admin', 'system'],
        ['scanner-7', 'admin'],
        ['leaver', 'admin'],
      ]),
    );
    // The log holds a hash of each secret, never the secret.
    expect(JSON.stringify(events)).not.toContain(issued.body.key);
  });

  it('stops accepting a key once it expires', async () => {
    const issued = await suite.api.http
      .post('/v1/keys')
      .send({ name: 'contractor', roles: ['analyst'], expiresAt: '2026-12-01T10:00:00Z' })
      .expect(201);
    expect(issued.body.expiresAt).toBe('2026-12-01T10:00:00.000Z');
    const contractor = suite.api.as(issued.body.key);
    await contractor.get('/v1/units/PUMP/K-1').expect(200);
    now = new Date('2026-12-01T10:00:00Z');
    const refused = await contractor.get('/v1/units/PUMP/K-1').expect(401);
    expect(refused.body.message).toBe('the key has expired');
    expect((await suite.api.http.get('/v1/keys').expect(200)).body.items).toContainEqual(expect.objectContaining({ name: 'contractor', state: 'expired' }));
  });

  it('scopes idempotency keys per principal: the same key from two principals is two commands', async () => {
    const other = await suite.api.http
      .post('/v1/keys')
      .send({ name: 'scanner-8', roles: ['operator'] })
      .expect(201);
    const body = { sku: 'PUMP', serial: 'K-2', location: 'WH-A' };
    const first = await suite.api.http.post('/v1/units').set('Idempotency-Key', 'same-key').send(body).expect(201);
    // Another principal's key with the same Idempotency-Key is its own command: here a duplicate serial.
    await suite.api.as(other.body.key).post('/v1/units').set('Idempotency-Key', 'same-key').send(body).expect(409);
    const again = await suite.api.http.post('/v1/units').set('Idempotency-Key', 'same-key').send(body).expect(201);
    expect(again.body).toEqual(first.body);
  });
});

describe('API keys: a revocation reaches every process', () => {
  it(
    'is refused by a second process on the same store within a second',
    async () => {
      const dir = tempDataDir();
      const first = await startApi(dir, true);
      const second = await createApi(loadConfig({ DATA_DIR: dir, LOG_LEVEL: 'error' }), { withProjector: false });
      await second.init();
      try {
        const issued = await first.http
          .post('/v1/keys')
          .send({ name: 'roaming', roles: ['analyst'] })
          .expect(201);
        const elsewhere = clientOf(second, issued.body.key);
        // The second process knows the key (and has it in its cache) before the revocation.
        await elsewhere.get('/v1/units/PUMP/X').expect(404);
        await first.http.delete(`/v1/keys/${issued.body.keyId}`).expect(204);
        await sleep(1_000);
        expect((await elsewhere.get('/health').expect(200)).body).toEqual({ status: 'ok' });
        await elsewhere.get('/v1/units/PUMP/X').expect(401);
      } finally {
        await second.close();
        await first.close();
        removeDataDir(dir);
      }
    },
    SLOW_TEST_MS,
  );
});

describe('first start', () => {
  it(
    'issues an admin key, writes it owner-only to $DATA_DIR/admin.key, logs the path and never the key, once',
    async () => {
      const dir = tempDataDir();
      const log = capturedLog();
      const config = loadConfig({ DATA_DIR: dir, LOG_LEVEL: 'log', LOG_FORMAT: 'json' });
      const app = await createApi(config, { withProjector: false }, createLogger(config, log));
      await app.init();
      try {
        const file = join(dir, 'admin.key');
        expect(statSync(file).mode & 0o777).toBe(0o600);
        const key = readFileSync(file, 'utf8').trim();
        expect(key).toMatch(/^trk_[\w-]{40,}$/);
        expect(log.text()).toContain(`it is in ${file}`);
        expect(log.text()).not.toContain(key);
        await clientOf(app, key).get('/v1/keys').expect(200);
      } finally {
        await app.close();
      }
      const again = await startApi(dir, false);
      try {
        // The second start found a key and issued none: the file still holds the first.
        expect((await again.http.get('/v1/keys').expect(200)).body.items.map((item: { name: string }) => item.name)).toEqual(['admin']);
      } finally {
        await again.close();
        removeDataDir(dir);
      }
    },
    SLOW_TEST_MS,
  );

  it(
    'writes it where ADMIN_KEY_FILE says',
    async () => {
      const dir = tempDataDir();
      const file = join(dir, 'secrets', 'first.key');
      const app = await createApi(loadConfig({ DATA_DIR: dir, LOG_LEVEL: 'error', ADMIN_KEY_FILE: file }), { withProjector: false });
      await app.init();
      try {
        await clientOf(app, readFileSync(file, 'utf8').trim()).get('/v1/keys').expect(200);
      } finally {
        await app.close();
        removeDataDir(dir);
      }
    },
    SLOW_TEST_MS,
  );
});
