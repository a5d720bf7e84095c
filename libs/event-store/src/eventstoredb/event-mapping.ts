import { EventData, jsonEvent, JSONType, RecordedEvent as ClientEvent } from '@eventstore/db-client';
import { EventMetadata, NewEvent, RecordedEvent } from '../event-store.port';
import { positionNumber } from './positions';

/**
 * The JSON metadata stored beside each event: the port's metadata, when it happened, the request fingerprint
 * (EventStoreDB has nowhere else to keep it; reads take it out again) and the correlation keys EventStoreDB's own
 * tools read (`$by_correlation_id`, the stream browser).
 */
interface StoredMetadata extends EventMetadata {
  occurredAt: string;
  requestHash?: string;
  $correlationId: string;
  $causationId: string;
}

/** A new event as the client appends it; the id is the port's deterministic one, so the server can dedupe retries. */
export function toEventData(event: NewEvent): EventData {
  const metadata: StoredMetadata = {
    ...event.metadata,
    ...(event.requestHash === undefined ? {} : { requestHash: event.requestHash }),
    occurredAt: event.occurredAt,
    $correlationId: event.metadata.correlationId,
    $causationId: event.metadata.causationId,
  };
  return jsonEvent({ id: event.eventId, type: event.type, data: event.data as JSONType, metadata });
}

/** A stored event as the port returns it; `recordedAt` is the server's `created` time. */
export function toRecordedEvent(event: ClientEvent): RecordedEvent {
  const stored: unknown = event.metadata;
  if (!event.isJson || !isStoredMetadata(stored)) {
    throw new Error(`event ${event.id} of ${event.streamId} was not written by this service (JSON data and metadata expected)`);
  }
  const { occurredAt, requestHash, $correlationId: _correlation, $causationId: _causation, ...metadata } = stored;
  return {
    position: positionNumber(event.position),
    stream: event.streamId,
    revision: Number(event.revision),
    eventId: event.id,
    type: event.type,
    data: event.data as Record<string, unknown>,
    metadata,
    occurredAt,
    recordedAt: event.created.toISOString(),
    ...(requestHash === undefined ? {} : { requestHash }),
  };
}

function isStoredMetadata(metadata: unknown): metadata is StoredMetadata {
  return typeof metadata === 'object' && metadata !== null && typeof (metadata as StoredMetadata).occurredAt === 'string';
}
