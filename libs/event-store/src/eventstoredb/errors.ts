import {
  CancelledError,
  convertToCommandError,
  DeadlineExceededError,
  NotLeaderError,
  TimeoutError,
  UnavailableError,
  WrongExpectedVersionError,
} from '@eventstore/db-client';
import { ExpectedRevision, StoreUnavailable, WrongExpectedRevision } from '../event-store.port';
import { fromCurrentRevision } from './positions';

/**
 * Errors after which the same call may succeed later: the server is down or restarting, a long call was cut,
 * leadership moved to another node, or cluster discovery found no node (a plain Error, told by its message).
 * Appends can fail with the raw gRPC error, so it is converted to the client's classes first.
 */
export function isConnectionLoss(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const converted = convertToCommandError(error);
  return (
    converted instanceof UnavailableError ||
    converted instanceof CancelledError ||
    converted instanceof DeadlineExceededError ||
    converted instanceof TimeoutError ||
    converted instanceof NotLeaderError ||
    error.message.startsWith('Failed to discover after')
  );
}

/** The port's conflict for the client's, with the revisions the port speaks in. */
export function toWrongExpectedRevision(error: WrongExpectedVersionError, stream: string, expected: ExpectedRevision): WrongExpectedRevision {
  return new WrongExpectedRevision(stream, expected, fromCurrentRevision(error.actualVersion));
}

/** What callers above the port may see: StoreUnavailable for a lost connection, anything else unchanged. */
export function toPortError(error: unknown): unknown {
  return isConnectionLoss(error) ? new StoreUnavailable('event store', error) : error;
}
