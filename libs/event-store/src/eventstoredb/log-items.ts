import { AllStreamResolvedEvent, Position } from '@eventstore/db-client';
import { LogItem } from '../event-store.port';
import { toRecordedEvent } from './event-mapping';
import { isFollowed } from './log-filter';
import { positionNumber } from './positions';

/**
 * What the server reports between events: a filter checkpoint (with its position), "caught up" (the
 * subscription went live) or "fell behind" (it is catching up again). Pushed into the subscription's own
 * stream, so it reaches the reader in order with the events.
 */
export class LogMarker {
  constructor(
    readonly kind: 'checkpoint' | 'caughtUp' | 'fellBehind',
    readonly position?: Position,
  ) {}
}

export type Received = AllStreamResolvedEvent | LogMarker;

export interface FollowState {
  /** Position of the last event or checkpoint seen; what a resubscription starts after. */
  last: number;
  /** Between the server's "caught up" and "fell behind": events arrive as they are appended. */
  live: boolean;
}

/**
 * One step of following the log: the port's items for what was received, and the new state.
 *
 * - Events at or before the last position are dropped, so a resubscription never delivers one twice.
 * - Checkpoints and "caught up" become `caught_up` at the furthest position known, so a reader of a quiet
 *   filter still moves on.
 * - Once live, an event with nothing buffered behind it (`drained`) is followed by `caught_up`: a reader
 *   batching until then (the projector) applies it now rather than when the next checkpoint comes, while a
 *   burst still arrives as one batch.
 */
export function nextLogItems(received: Received, state: FollowState, drained: boolean, prefixes: readonly string[]): { items: LogItem[]; state: FollowState } {
  if (received instanceof LogMarker) {
    switch (received.kind) {
      case 'checkpoint': {
        const last = Math.max(state.last, positionNumber(received.position));
        return { items: [{ kind: 'caught_up', position: last }], state: { ...state, last } };
      }
      case 'caughtUp':
        return { items: [{ kind: 'caught_up', position: state.last }], state: { ...state, live: true } };
      case 'fellBehind':
        return { items: [], state: { ...state, live: false } };
    }
  }
  const event = received.event;
  if (!event) return { items: [], state };
  const position = positionNumber(event.position);
  if (position <= state.last) return { items: [], state };
  const next = { ...state, last: position };
  const items: LogItem[] = isFollowed(prefixes, event) ? [{ kind: 'event', event: toRecordedEvent(event) }] : [];
  if (state.live && drained) items.push({ kind: 'caught_up', position });
  return { items, state: next };
}
