import { AppendResult, ExpectedRevision, NewEvent, RecordedEvent, WrongExpectedRevision } from './event-store.port';

/** Throws unless `current` (revision of the stream's last event, -1 when absent) meets the expectation. */
export function assertExpectedRevision(stream: string, expected: ExpectedRevision, current: number): void {
  const met = expected === 'any' || (expected === 'no_stream' ? current === -1 : current === expected);
  if (!met) throw new WrongExpectedRevision(stream, expected, current === -1 ? 'no_stream' : current);
}

export function assertNotEmpty(stream: string, events: NewEvent[]): void {
  if (events.length === 0) throw new Error(`append to ${stream}: at least one event is required`);
}

/**
 * A retried append carries the same deterministic event ids: when they are already stored in that stream,
 * the first result stands and nothing is written again.
 */
export function previousAppend(stream: string, events: NewEvent[], stored: (eventId: string) => RecordedEvent | undefined): AppendResult | null {
  const first = stored(events[0].eventId);
  if (!first) return null;
  const last = stored(events[events.length - 1].eventId);
  if (first.stream !== stream || !last || last.stream !== stream) {
    throw new WrongExpectedRevision(stream, 'no_stream', first.revision);
  }
  return { revision: last.revision, position: last.position };
}
