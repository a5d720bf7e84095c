import { AccessEvent, instantMs, Role } from '@trace/domain';
import { RecordedEvent } from '@trace/event-store';
import { recordedFacts } from '../shared/event-envelopes';

/** A key as the register holds it: never its secret, only the secret's hash. */
export interface RegisteredKey {
  keyId: string;
  name: string;
  roles: Role[];
  secretHash: string;
  issuedAt: string;
  expiresAt: string | null;
  revokedAt: string | null;
}

/** The keys of the register's history, by id, with the times the log gives their issue and revocation. */
export function registeredKeys(history: RecordedEvent[]): Map<string, RegisteredKey> {
  const keys = new Map<string, RegisteredKey>();
  recordedFacts<AccessEvent>(history).forEach((fact, index) => {
    const at = history[index].occurredAt;
    switch (fact.type) {
      case 'KeyIssued': {
        const { keyId, name, roles, secretHash, expiresAt } = fact.data;
        keys.set(keyId, { keyId, name, roles, secretHash, issuedAt: at, expiresAt, revokedAt: null });
        return;
      }
      case 'KeyRevoked': {
        const key = keys.get(fact.data.keyId);
        if (key) key.revokedAt = at;
        return;
      }
      default: {
        const unhandled: never = fact;
        return unhandled;
      }
    }
  });
  return keys;
}

export type KeyState = 'active' | 'revoked' | 'expired';

/** Whether a key works at `nowMs`: a revocation outranks an expiry. */
export function keyState(key: RegisteredKey, nowMs: number): KeyState {
  if (key.revokedAt !== null) return 'revoked';
  return key.expiresAt !== null && (instantMs(key.expiresAt) ?? 0) <= nowMs ? 'expired' : 'active';
}

/** A key as it is shown to an admin: everything but the secret's hash, and whether it works now. */
export type ListedKey = Omit<RegisteredKey, 'secretHash'> & { state: KeyState };
