import { EventEnvelope, EventStore } from '@trace/event-store';
import { EventFilter, eventMatcher } from './event-filter';
import { nextTurn } from './next-turn';

/** A page of the log: the events that matched, and how far the scan has read. */
export interface LogPage<Event> {
  events: Event[];
  position: number;
}

/** Reads up to `limit` events of the log after a position: `EventStore.readAll`, or its serialized twin. */
export type PageReader<Event> = (after: number, limit: number) => Promise<Event[]>;

/** Where a scan starts and ends, for progress: it stops at the head it found, even while the log grows. */
export interface ScanRange {
  start: number;
  head: number;
}

export interface ScanOptions {
  pageSize?: number;
  signal?: AbortSignal;
  /** Called once the range is known, then after every page. */
  onProgress?(position: number, range: ScanRange): void;
}

const DEFAULT_PAGE_SIZE = 5_000;

export async function scanRange(events: EventStore, filter: EventFilter): Promise<ScanRange> {
  return { start: Math.max(0, (filter.fromPosition ?? 1) - 1), head: await events.headPosition() };
}

/**
 * The matching events of the log, a page at a time: a consumer that awaits between pages holds one page in
 * memory, whatever the size of the log.
 */
export async function* scanLog<Event extends EventEnvelope>(
  read: PageReader<Event>,
  filter: EventFilter,
  range: ScanRange,
  options: ScanOptions = {},
): AsyncGenerator<LogPage<Event>> {
  const matches = eventMatcher(filter);
  const pageSize = options.pageSize ?? DEFAULT_PAGE_SIZE;
  let position = range.start;
  while (position < range.head && !options.signal?.aborted) {
    const page = await read(position, pageSize);
    if (page.length === 0) return;
    const within = page[page.length - 1].position <= range.head ? page : page.filter((event) => event.position <= range.head);
    position = within.length ? within[within.length - 1].position : range.head;
    yield { events: within.filter(matches), position };
    await nextTurn();
  }
}
