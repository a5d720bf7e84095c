import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SecretSealer, UnsealableSecret } from './secret-sealer';

describe('SecretSealer', () => {
  let dir: string;
  const inDir = (secretsKey: Buffer | null = null) => new SecretSealer({ secretsKey, secretsKeyFile: join(dir, 'keys', 'secrets.key') });

  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'sealer-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('seals a secret so that its text shows nothing of it, and opens it for the same owner only', async () => {
    const sealer = inDir();
    const sealed = await sealer.seal('a-secret-of-the-subscriber', 'subscription-1');
    expect(sealed).toMatch(/^v1\.[\w-]{16}\.[\w-]{22}\.[\w-]+$/);
    expect(sealed).not.toContain('secret');
    expect(await sealer.seal('a-secret-of-the-subscriber', 'subscription-1')).not.toBe(sealed);
    expect(await sealer.open(sealed, 'subscription-1')).toBe('a-secret-of-the-subscriber');
    await expect(sealer.open(sealed, 'subscription-2')).rejects.toThrow(UnsealableSecret);
  });

  it('refuses a sealed text that was changed, or is none', async () => {
    const sealer = inDir();
    const sealed = await sealer.seal('token', 'subscription-1');
    // One bit of the ciphertext changed (a character's own bits can leave the decoded bytes as they were).
    const [version, nonce, tag, text] = sealed.split('.');
    const changed = Buffer.from(text, 'base64url');
    changed[0] ^= 1;
    const flipped = [version, nonce, tag, changed.toString('base64url')].join('.');
    await expect(sealer.open(flipped, 'subscription-1')).rejects.toThrow(/does not open with this key/);
    await expect(sealer.open('token', 'subscription-1')).rejects.toThrow(/not a sealed secret/);
  });

  it('makes the key file once, owner-only, and every process using it opens what another sealed', async () => {
    const sealed = await inDir().seal('token', 'subscription-1');
    const file = join(dir, 'keys', 'secrets.key');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const key = readFileSync(file, 'utf8');
    expect(Buffer.from(key.trim(), 'base64')).toHaveLength(32);
    expect(await inDir().open(sealed, 'subscription-1')).toBe('token');
    expect(readFileSync(file, 'utf8')).toBe(key);
  });

  it('agrees on one key when processes make it at the same moment', async () => {
    const sealers = Array.from({ length: 8 }, () => inDir());
    const sealed = await Promise.all(sealers.map((sealer, index) => sealer.seal(`token-${index}`, 'subscription-1')));
    for (const [index, text] of sealed.entries()) expect(await sealers[(index + 1) % 8].open(text, 'subscription-1')).toBe(`token-${index}`);
  });

  it('uses SECRETS_KEY when given, and then no file; another key opens nothing', async () => {
    const sealer = inDir(Buffer.alloc(32, 1));
    const sealed = await sealer.seal('token', 'subscription-1');
    expect(() => statSync(join(dir, 'keys', 'secrets.key'))).toThrow(/ENOENT/);
    expect(await inDir(Buffer.alloc(32, 1)).open(sealed, 'subscription-1')).toBe('token');
    await expect(inDir(Buffer.alloc(32, 2)).open(sealed, 'subscription-1')).rejects.toThrow(UnsealableSecret);
  });

  it('names a key file that holds no key, and tries it again once mended', async () => {
    const file = join(dir, 'secrets.key');
    writeFileSync(file, 'not a key\n');
    const sealer = new SecretSealer({ secretsKey: null, secretsKeyFile: file });
    await expect(sealer.seal('token', 'subscription-1')).rejects.toThrow(`${file} does not hold a key of 32 bytes in base64`);
    writeFileSync(file, `${Buffer.alloc(32, 3).toString('base64')}\n`);
    expect(await sealer.open(await sealer.seal('token', 'subscription-1'), 'subscription-1')).toBe('token');
  });
});
