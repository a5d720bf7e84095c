import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@trace/config';
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { link, mkdir, readFile, unlink, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

/** A sealed secret's text: the version, then nonce, tag and ciphertext in base64url. */
const SEALED = /^v1\.([A-Za-z0-9_-]{16})\.([A-Za-z0-9_-]{22})\.([A-Za-z0-9_-]*)$/;
const KEY_BYTES = 32;

/** A sealed secret that cannot be opened: another key sealed it, or it was changed. */
export class UnsealableSecret extends Error {}

/**
 * Seals secrets the event log must keep (a subscription's signature token) with AES-256-GCM, so the log, its
 * exports (`trace export`) and its backups hold them only sealed. Each is bound to what it belongs to (`owner`,
 * authenticated with it): a sealed text copied to another subscription does not open. The key is SECRETS_KEY, or
 * the key file, made by the first process that needs one; losing it loses the sealed secrets, nothing else.
 */
@Injectable()
export class SecretSealer {
  private key: Promise<Buffer> | null = null;

  constructor(@Inject(APP_CONFIG) private readonly config: Pick<AppConfig, 'secretsKey' | 'secretsKeyFile'>) {}

  async seal(secret: string, owner: string): Promise<string> {
    const nonce = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', await this.keyOnce(), nonce).setAAD(Buffer.from(owner, 'utf8'));
    const sealed = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
    return `v1.${nonce.toString('base64url')}.${cipher.getAuthTag().toString('base64url')}.${sealed.toString('base64url')}`;
  }

  async open(sealed: string, owner: string): Promise<string> {
    const parts = SEALED.exec(sealed);
    if (!parts) throw new UnsealableSecret('not a sealed secret');
    const [nonce, tag, text] = parts.slice(1).map((part) => Buffer.from(part, 'base64url'));
    const decipher = createDecipheriv('aes-256-gcm', await this.keyOnce(), nonce)
      .setAAD(Buffer.from(owner, 'utf8'))
      .setAuthTag(tag);
    try {
      return Buffer.concat([decipher.update(text), decipher.final()]).toString('utf8');
    } catch {
      throw new UnsealableSecret(`a secret of ${owner} does not open with this key (SECRETS_KEY or ${this.config.secretsKeyFile})`);
    }
  }

  private keyOnce(): Promise<Buffer> {
    if (!this.key) {
      const loading = this.config.secretsKey ? Promise.resolve(this.config.secretsKey) : this.keyFile();
      this.key = loading;
      // A failed read is tried again next time rather than remembered.
      loading.catch(() => {
        if (this.key === loading) this.key = null;
      });
    }
    return this.key;
  }

  /** The key file's key; made first if there is none, written whole before it is linked where others look. */
  private async keyFile(): Promise<Buffer> {
    const file = this.config.secretsKeyFile;
    const existing = await this.readKey(file);
    if (existing) return existing;
    await mkdir(dirname(file), { recursive: true });
    const draft = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
    await writeFile(draft, `${randomBytes(KEY_BYTES).toString('base64')}\n`, { mode: 0o600, flag: 'wx' });
    try {
      // Fails if another process made one meanwhile: then theirs is the key.
      await link(draft, file).catch((error: NodeJS.ErrnoException) => {
        if (error.code !== 'EEXIST') throw error;
      });
    } finally {
      await unlink(draft);
    }
    return (await this.readKey(file)) as Buffer;
  }

  private async readKey(file: string): Promise<Buffer | null> {
    const text = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return null;
      throw error;
    });
    if (text === null) return null;
    const key = Buffer.from(text.trim(), 'base64');
    if (key.length !== KEY_BYTES) throw new Error(`${file} does not hold a key of ${KEY_BYTES} bytes in base64`);
    return key;
  }
}
