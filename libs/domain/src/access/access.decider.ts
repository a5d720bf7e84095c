import { Decider } from '../shared/decider';
import { AlreadyExists, InvalidInput, NotFound } from '../shared/errors';
import { identifierProblem } from '../shared/identifiers';
import { instantMs } from '../shared/instant';
import { AccessEvent } from './access.events';
import { isReservedActor, Role, ROLES } from './roles';

export interface IssueKey {
  type: 'IssueKey';
  keyId: string;
  name: string;
  roles: Role[];
  expiresAt: string | null;
  secretHash: string;
  /** When it is issued: an expiry must come after it. */
  now: string;
}

export interface RevokeKey {
  type: 'RevokeKey';
  keyId: string;
}

export type AccessCommand = IssueKey | RevokeKey;

/** Every key issued, by id, and which names are taken (names stay taken after a revocation: histories name them). */
export interface AccessState {
  keys: Record<string, { name: string; revoked: boolean }>;
  names: Record<string, string>;
}

function decideIssue(command: IssueKey, state: AccessState): AccessEvent[] {
  const { keyId, name, roles, expiresAt, secretHash, now } = command;
  const nameProblem = identifierProblem(name);
  if (nameProblem) throw InvalidInput.field('name', nameProblem);
  if (isReservedActor(name)) throw InvalidInput.field('name', `${name} is the name of one of the service's own writers`);
  if (state.names[name] !== undefined) throw new AlreadyExists(`a key named ${name} exists (key ${state.names[name]})`);
  if (roles.length === 0) throw InvalidInput.field('roles', 'give at least one role');
  const unknown = roles.filter((role) => !ROLES.includes(role));
  if (unknown.length) throw InvalidInput.field('roles', `unknown role ${unknown.join(', ')}; roles are ${ROLES.join(', ')}`);
  if (expiresAt !== null && (instantMs(expiresAt) ?? 0) <= (instantMs(now) ?? 0)) throw InvalidInput.field('expiresAt', 'must be in the future');
  return [{ type: 'KeyIssued', data: { keyId, name, roles: [...new Set(roles)], expiresAt, secretHash } }];
}

function decideRevoke(command: RevokeKey, state: AccessState): AccessEvent[] {
  const key = state.keys[command.keyId];
  if (!key) throw new NotFound(`key ${command.keyId} not found`);
  // Revoking twice changes nothing: the key is refused either way.
  return key.revoked ? [] : [{ type: 'KeyRevoked', data: { keyId: command.keyId, name: key.name } }];
}

/** The register of API keys: one stream, so names are unique and "no key yet" is known for sure. */
export const accessDecider: Decider<AccessCommand, AccessEvent, AccessState> = {
  initialState: () => ({ keys: {}, names: {} }),
  evolve(state, event) {
    switch (event.type) {
      case 'KeyIssued':
        return {
          keys: { ...state.keys, [event.data.keyId]: { name: event.data.name, revoked: false } },
          names: { ...state.names, [event.data.name]: event.data.keyId },
        };
      case 'KeyRevoked':
        return { ...state, keys: { ...state.keys, [event.data.keyId]: { name: event.data.name, revoked: true } } };
      default: {
        const unhandled: never = event;
        return unhandled;
      }
    }
  },
  decide(command, state) {
    switch (command.type) {
      case 'IssueKey':
        return decideIssue(command, state);
      case 'RevokeKey':
        return decideRevoke(command, state);
      default: {
        const unhandled: never = command;
        return unhandled;
      }
    }
  },
};
