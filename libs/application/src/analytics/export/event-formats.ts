import { RecordedEvent } from '@trace/event-store';
import { publicEvent } from '../log/public-event';

export const EXPORT_FORMATS = ['ndjson', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Turns events into text: an optional header, then one line per event. */
export interface EventFormat {
  header: string;
  line(event: RecordedEvent): string;
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
  'commandId',
  'correlationId',
  'causationId',
  'schemaVersion',
  'data',
];

/** RFC 4180: quoted only when needed, quotes doubled. */
function csvField(value: string | number): string {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const ndjson: EventFormat = {
  header: '',
  line: (event) => `${JSON.stringify(publicEvent(event))}\n`,
};

const csv: EventFormat = {
  header: `${CSV_COLUMNS.join(',')}\n`,
  line(event) {
    const { metadata } = event;
    const fields = [
      event.position,
      event.stream,
      event.revision,
      event.eventId,
      event.type,
      event.occurredAt,
      event.recordedAt,
      metadata.actor,
      metadata.commandId,
      metadata.correlationId,
      metadata.causationId,
      metadata.schemaVersion,
      JSON.stringify(event.data),
    ];
    return `${fields.map(csvField).join(',')}\n`;
  },
};

export const EVENT_FORMATS: Record<ExportFormat, EventFormat> = { ndjson, csv };
