/**
 * A store could not be reached (connection refused or lost, no primary, timed out). Adapters throw it instead of
 * their client's error so every layer above can tell "try again later" (HTTP 503) from a bug (500).
 */
export class StoreUnavailable extends Error {
  constructor(
    readonly store: 'event store' | 'read store',
    cause: unknown,
  ) {
    super(`${store} is unreachable: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.name = 'StoreUnavailable';
  }
}
