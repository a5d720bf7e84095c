/**
 * A store (or the identity provider whose keys verify tokens) could not take the request: it cannot be reached
 * (connection refused or lost, no primary, timed out) or it is out of space. Adapters throw it instead of their
 * client's error so every layer above can tell "try again later" (HTTP 503) from a bug (500).
 */
export class StoreUnavailable extends Error {
  constructor(
    readonly store: 'event store' | 'read store' | 'identity provider',
    cause: unknown,
    readonly reason: 'unreachable' | 'full' = 'unreachable',
  ) {
    super(`${store} is ${reason === 'full' ? 'out of space' : 'unreachable'}: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.name = 'StoreUnavailable';
  }
}
