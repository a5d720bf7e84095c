import { MongoError, MongoNetworkError, MongoServerSelectionError } from 'mongodb';
import { StoreUnavailable } from '../read-store.port';

/**
 * Errors after which the same call may succeed later: no server answered in time, the connection broke, or the
 * primary stepped down (the driver labels those retryable once its own retry failed too).
 */
export function isUnreachable(error: unknown): boolean {
  return (
    error instanceof MongoNetworkError ||
    error instanceof MongoServerSelectionError ||
    (error instanceof MongoError && error.hasErrorLabel('RetryableWriteError'))
  );
}

/** What callers above the port may see: StoreUnavailable for an unreachable server, anything else unchanged. */
export function toPortError(error: unknown): unknown {
  return isUnreachable(error) ? new StoreUnavailable('read store', error) : error;
}
