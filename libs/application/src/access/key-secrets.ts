import { sha256 } from '@trace/shared';
import { randomBytes } from 'node:crypto';

/** A new key's secret: 256 random bits, with a prefix that makes a leaked key easy to recognise (and to scan for). */
export const newKeySecret = (): string => `trk_${randomBytes(32).toString('base64url')}`;

export const newKeyId = (): string => `key_${randomBytes(9).toString('base64url')}`;

/**
 * What the register keeps of a secret. Keys are long random secrets, not passwords: a fast hash (SHA-256) is
 * enough, nothing to guess from it, and it keeps checking a key cheap.
 */
export const secretHash = (secret: string): string => sha256(secret);
