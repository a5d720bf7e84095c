import { EventMetadata, SerializedEvent } from '@trace/event-store';
import { csvRecord } from '../../shared/csv';

export const EXPORT_FORMATS = ['ndjson', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/**
 * Turns events into text: an optional header, then one line per event. Events come with data and metadata as
 * the stored JSON text, which the formats write out as it is where they can: parsing and writing them again
 * was most of the export's time.
 */
export interface EventFormat {
  header: string;
  line(event: SerializedEvent): string;
}

const CSV_COLUMNS = [
  'position',
  'stream',
  'revision',
  'eventId',
  'type',
  'occurredAt',
  'recordedAt',
  'actor',
  'onBehalfOf',
  'commandId',
  'correlationId',
  'causationId',
  'schemaVersion',
  'data',
];

const json = JSON.stringify;

/** The line `JSON.stringify(publicEvent(event))` would be, members in the same order. */
const ndjson: EventFormat = {
  header: '',
  line: (event) =>
    `{"position":${event.position},"stream":${json(event.stream)},"revision":${event.revision},"eventId":${json(event.eventId)},` +
    `"type":${json(event.type)},"data":${event.data},"metadata":${event.metadata},` +
    `"occurredAt":${json(event.occurredAt)},"recordedAt":${json(event.recordedAt)}}\n`,
};

const csv: EventFormat = {
  header: csvRecord(CSV_COLUMNS, '\n'),
  line(event) {
    const metadata = JSON.parse(event.metadata) as EventMetadata;
    const fields = [
      event.position,
      event.stream,
      event.revision,
      event.eventId,
      event.type,
      event.occurredAt,
      event.recordedAt,
      metadata.actor,
      metadata.onBehalfOf ?? null,
      metadata.commandId,
      metadata.correlationId,
      metadata.causationId,
      metadata.schemaVersion,
      event.data,
    ];
    return csvRecord(fields, '\n');
  },
};

export const EVENT_FORMATS: Record<ExportFormat, EventFormat> = { ndjson, csv };
