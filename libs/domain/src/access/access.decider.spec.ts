import { AlreadyExists, InvalidInput, NotFound } from '../shared/errors';
import { given } from '../testing/given-when-then';
import { accessDecider, IssueKey } from './access.decider';
import { KeyIssued } from './access.events';

const NOW = '2026-12-01T00:00:00.000Z';
const issue = (overrides: Partial<IssueKey> = {}): IssueKey => ({
  type: 'IssueKey',
  keyId: 'k1',
  name: 'scanner-7',
  roles: ['operator'],
  expiresAt: null,
  secretHash: 'h1',
  now: NOW,
  ...overrides,
});
const issued: KeyIssued = { type: 'KeyIssued', data: { keyId: 'k1', name: 'scanner-7', roles: ['operator'], expiresAt: null, secretHash: 'h1' } };

describe('access decider: the register of API keys', () => {
  it('issues a key recording only the hash of its secret', () => {
    given(accessDecider).when(issue()).then([issued]);
  });

  it('issues a key with several roles, each once, and an expiry', () => {
    given(accessDecider)
      .when(issue({ roles: ['analyst', 'recall-coordinator', 'analyst'], expiresAt: '2027-01-01T00:00:00.000Z' }))
      .then([{ type: 'KeyIssued', data: { ...issued.data, roles: ['analyst', 'recall-coordinator'], expiresAt: '2027-01-01T00:00:00.000Z' } }]);
  });

  it('keeps names unique, even after a revocation (histories name them)', () => {
    given(accessDecider, [issued])
      .when(issue({ keyId: 'k2' }))
      .thenThrows(AlreadyExists);
    given(accessDecider, [issued, { type: 'KeyRevoked', data: { keyId: 'k1', name: 'scanner-7' } }])
      .when(issue({ keyId: 'k2' }))
      .thenThrows(AlreadyExists);
  });

  it("refuses the names of the service's own writers, bad names, no roles and a past expiry", () => {
    for (const name of ['recall-reactor', 'trace-cli', 'anonymous', ' padded', '']) given(accessDecider).when(issue({ name })).thenThrows(InvalidInput);
    given(accessDecider)
      .when(issue({ roles: [] }))
      .thenThrows(InvalidInput);
    given(accessDecider)
      .when(issue({ expiresAt: NOW }))
      .thenThrows(InvalidInput);
  });

  it('revokes a key once; revoking it again changes nothing; an unknown key is not found', () => {
    given(accessDecider, [issued])
      .when({ type: 'RevokeKey', keyId: 'k1' })
      .then([{ type: 'KeyRevoked', data: { keyId: 'k1', name: 'scanner-7' } }]);
    given(accessDecider, [issued, { type: 'KeyRevoked', data: { keyId: 'k1', name: 'scanner-7' } }])
      .when({ type: 'RevokeKey', keyId: 'k1' })
      .then([]);
    given(accessDecider).when({ type: 'RevokeKey', keyId: 'nope' }).thenThrows(NotFound);
  });
});
