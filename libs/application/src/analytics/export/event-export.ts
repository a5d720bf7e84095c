import { Inject, Injectable } from '@nestjs/common';
import { EVENT_STORE, EventStore } from '@trace/event-store';
import { once } from 'node:events';
import { Writable } from 'node:stream';
import { EventFilter } from '../log/event-filter';
import { ScanOptions, scanLog, scanRange } from '../log/scan-log';
import { EVENT_FORMATS, ExportFormat } from './event-formats';

export interface ExportOptions extends ScanOptions {
  format: ExportFormat;
}

/**
 * Streams events out of the log: one page is read, formatted and written, and the next one is read only once
 * the destination has taken it (back-pressure), so memory stays flat whatever the size of the log.
 */
@Injectable()
export class EventExport {
  constructor(@Inject(EVENT_STORE) private readonly events: EventStore) {}

  async export(filter: EventFilter, out: Writable, options: ExportOptions): Promise<{ exported: number; position: number }> {
    const format = EVENT_FORMATS[options.format];
    const range = await scanRange(this.events, filter);
    options.onProgress?.(range.start, range);
    await write(out, format.header);
    let exported = 0;
    let position = range.start;
    for await (const page of scanLog((after, limit) => this.events.readAllSerialized(after, limit), filter, range, options)) {
      let chunk = '';
      for (const event of page.events) chunk += format.line(event);
      await write(out, chunk);
      exported += page.events.length;
      position = page.position;
      options.onProgress?.(position, range);
    }
    return { exported, position };
  }
}

/** Resolves once `out` can take more; rejects if it fails (a closed pipe) instead of waiting forever. */
async function write(out: Writable, chunk: string): Promise<void> {
  if (chunk && !out.write(chunk)) await once(out, 'drain');
}
