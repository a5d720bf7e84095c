import { EventTypes, memberOf } from '../shared/event-family';
import { Role } from './roles';

/** An API key was issued: only the SHA-256 of its secret is recorded; the secret was shown once, to its caller. */
export interface KeyIssued {
  type: 'KeyIssued';
  data: { keyId: string; name: string; roles: Role[]; expiresAt: string | null; secretHash: string };
}

/** An API key was revoked: it is refused from then on. */
export interface KeyRevoked {
  type: 'KeyRevoked';
  data: { keyId: string; name: string };
}

export type AccessEvent = KeyIssued | KeyRevoked;

export const ACCESS_EVENTS: EventTypes<AccessEvent> = { KeyIssued: true, KeyRevoked: true };
export const isAccessEvent = memberOf(ACCESS_EVENTS);
