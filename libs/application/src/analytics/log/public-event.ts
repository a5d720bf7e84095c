import { RecordedEvent } from '@trace/event-store';

/** An event as analysts get it: the envelope without the internal request fingerprint. */
export type PublicEvent = Omit<RecordedEvent, 'requestHash'>;

export function publicEvent({ requestHash: _internal, ...event }: RecordedEvent): PublicEvent {
  return event;
}
