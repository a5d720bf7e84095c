import { Inject, Injectable } from '@nestjs/common';
import { EVENT_STORE, EventStore } from '@trace/event-store';
import { EventFilter } from '../log/event-filter';
import { ScanOptions, scanLog, scanRange } from '../log/scan-log';

export interface EventCounts {
  total: number;
  byType: Record<string, number>;
  /** By UTC day of the filter's time field (occurredAt unless asked otherwise). */
  byDay: Record<string, number>;
}

const increment = (counts: Record<string, number>, key: string) => {
  counts[key] = (counts[key] ?? 0) + 1;
};

/** Counts of the log's events, in one streamed pass. */
@Injectable()
export class EventStats {
  constructor(@Inject(EVENT_STORE) private readonly events: EventStore) {}

  async count(filter: EventFilter, options: ScanOptions = {}): Promise<EventCounts> {
    const field = filter.timeField ?? 'occurredAt';
    const counts: EventCounts = { total: 0, byType: {}, byDay: {} };
    const range = await scanRange(this.events, filter);
    options.onProgress?.(range.start, range);
    // Counts only look at envelopes: serialized events spare parsing every event's data and metadata.
    for await (const page of scanLog((after, limit) => this.events.readAllSerialized(after, limit), filter, range, options)) {
      for (const event of page.events) {
        counts.total++;
        increment(counts.byType, event.type);
        increment(counts.byDay, event[field].slice(0, 10));
      }
      options.onProgress?.(page.position, range);
    }
    return counts;
  }
}
