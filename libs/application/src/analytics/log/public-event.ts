import { RecordedEvent } from '@trace/event-store';

/** An event as analysts get it: the envelope without the internal request fingerprint. */
export type PublicEvent = Omit<RecordedEvent, 'metadata'> & { metadata: Omit<RecordedEvent['metadata'], 'requestHash'> };

export function publicEvent(event: RecordedEvent): PublicEvent {
  const { requestHash: _hash, ...metadata } = event.metadata;
  return { ...event, metadata };
}
