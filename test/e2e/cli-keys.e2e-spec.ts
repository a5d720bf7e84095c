import { userInfo } from 'node:os';
import { EVENT_STORE, EventStore } from '@trace/event-store';
import { SLOW_TEST_MS, startedForSuite } from './api';
import { trace } from './cli';

/** `trace keys`, where the service runs: the same register the HTTP API keeps, the same rules. */
describe('trace keys', () => {
  const suite = startedForSuite({ withProjector: false });
  /** The key `trace keys create` printed. */
  let scannerKey: string;

  it(
    'creates a key, printed once, that the running service accepts within a second',
    async () => {
      const created = await trace(suite.dir, ['keys', 'create', '--name', 'scanner-7', '--role', 'operator', '--role', 'analyst']);
      expect(created.code).toBe(0);
      scannerKey = created.stdout.trim();
      expect(scannerKey).toMatch(/^trk_/);
      expect(created.stderr).toMatch(/^key key_[\w-]+ \(scanner-7: operator, analyst\) issued; it is printed once and not kept\n$/);
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      await suite.api.as(scannerKey).post('/v1/units').send({ sku: 'PUMP', serial: 'C-1', location: 'WH-A' }).expect(201);
    },
    SLOW_TEST_MS,
  );

  it('lists the keys with their state and never a secret', async () => {
    const listed = await trace(suite.dir, ['keys', 'list']);
    expect(listed.code).toBe(0);
    expect(listed.stdout.split('\n')[0]).toMatch(/^keyId\s+name\s+roles\s+state\s+issuedAt\s+expiresAt\s+revokedAt$/);
    expect(listed.stdout).toMatch(/scanner-7\s+operator,analyst\s+active/);
    expect(listed.stdout).not.toMatch(/trk_|hash/i);
    const json = JSON.parse((await trace(suite.dir, ['keys', 'list', '--json'])).stdout);
    expect(json).toEqual([
      expect.objectContaining({ name: 'admin', state: 'active' }),
      expect.objectContaining({ name: 'scanner-7', roles: ['operator', 'analyst'] }),
    ]);
  });

  it(
    'revokes a key, recorded as done by the CLI on behalf of the user who ran it',
    async () => {
      const [, scanner] = JSON.parse((await trace(suite.dir, ['keys', 'list', '--json'])).stdout);
      const revoked = await trace(suite.dir, ['keys', 'revoke', scanner.keyId]);
      expect(revoked).toMatchObject({ code: 0, stderr: `key ${scanner.keyId} revoked\n` });
      const events = await suite.api.app.get<EventStore>(EVENT_STORE).readStream('access-keys');
      expect(events.at(-1)).toEqual(
        expect.objectContaining({ type: 'KeyRevoked', metadata: expect.objectContaining({ actor: 'trace-cli', onBehalfOf: userInfo().username }) }),
      );
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      // The running service refuses it within a second.
      expect((await suite.api.as(scannerKey).get('/v1/units/PUMP/C-1').expect(401)).body.message).toBe('the key was revoked');
    },
    SLOW_TEST_MS,
  );

  it('refuses what the API refuses, saying why, with exit code 1 or 2', async () => {
    expect(await trace(suite.dir, ['keys', 'create', '--name', 'scanner-7', '--role', 'operator'])).toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/a key named scanner-7 exists/),
    });
    expect(await trace(suite.dir, ['keys', 'create', '--name', 'x', '--role', 'root'])).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/unknown role root; roles are operator, recall-coordinator, analyst, admin/),
    });
    expect(await trace(suite.dir, ['keys', 'create', '--role', 'operator'])).toMatchObject({ code: 2, stderr: expect.stringMatching(/--name/) });
    expect(await trace(suite.dir, ['keys', 'revoke', 'key_nope'])).toMatchObject({ code: 1, stderr: expect.stringMatching(/key key_nope not found/) });
  });
});
