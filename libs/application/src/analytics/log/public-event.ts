import { EventMetadata, RecordedEvent } from '@trace/event-store';

type PublicMetadata = Omit<EventMetadata, 'requestHash'>;

/** An event as analysts get it: the envelope without the internal request fingerprint. */
export type PublicEvent = Omit<RecordedEvent, 'metadata'> & { metadata: PublicMetadata };

function publicMetadata({ requestHash: _hash, ...metadata }: EventMetadata): PublicMetadata {
  return metadata;
}

export function publicEvent(event: RecordedEvent): PublicEvent {
  return { ...event, metadata: publicMetadata(event.metadata) };
}

/**
 * The fingerprint as the application writes it: the last member of the metadata. Stored metadata is JSON text as
 * JSON.stringify writes it (the event store promises so), where a quote inside a string is always escaped and
 * only the top-level object ends the text: this matches the top-level fingerprint member and nothing else.
 */
const LAST_MEMBER_FINGERPRINT = /,"requestHash":"[^"\\]*"}$/;

/**
 * `JSON.stringify(publicEvent(event).metadata)`, from the stored text: the export cuts the fingerprint out rather
 * than parse every event's metadata. Metadata whose fingerprint is not its last member, or holds escapes, is
 * parsed instead, so the fingerprint never leaks.
 */
export function publicMetadataJson(metadata: string): string {
  const cut = metadata.replace(LAST_MEMBER_FINGERPRINT, '}');
  return cut.includes('"requestHash":') ? JSON.stringify(publicMetadata(JSON.parse(cut))) : cut;
}
