import { AppendExpectedRevision, CurrentRevision, NO_STREAM, Position, ReadPosition, START } from '@eventstore/db-client';
import { ExpectedRevision } from '../event-store.port';

/*
 * The port numbers the log with plain numbers; EventStoreDB with the commit position of each event in its
 * transaction log, a 64-bit byte offset (equal to the prepare position for every event not written in a legacy
 * TCP transaction, so the commit position alone identifies an event). A JavaScript number holds it exactly up to
 * 2^53 bytes (8 PiB) of log, far beyond any node; past that the adapter fails loudly rather than round.
 */

/** The port's position of an event or checkpoint. */
export function positionNumber(position: Position | undefined): number {
  if (!position) throw new Error('EventStoreDB sent an event without its $all position (version 22.6 or later is required)');
  const commit = Number(position.commit);
  if (!Number.isSafeInteger(commit)) {
    throw new RangeError(`$all position ${position.commit} is not below 2^53 (or the server did not send one: version 22.6 or later is required)`);
  }
  return commit;
}

/** Where a read or subscription of $all starts: the beginning for 0, otherwise the event at that position. */
export function logPosition(position: number): ReadPosition {
  if (position === 0) return START;
  const at = BigInt(position);
  return { commit: at, prepare: at };
}

export function toExpectedRevision(expected: ExpectedRevision): AppendExpectedRevision {
  return typeof expected === 'number' ? BigInt(expected) : expected;
}

export function fromCurrentRevision(current: CurrentRevision): number | 'no_stream' {
  return current === NO_STREAM ? 'no_stream' : Number(current);
}
