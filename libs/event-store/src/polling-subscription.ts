import { setImmediate as nextTurn } from 'node:timers/promises';
import { AppendSignal } from './append-signal';
import { LogItem, RecordedEvent } from './event-store.port';

export interface PollingSource {
  readAll(after: number, limit: number): Promise<RecordedEvent[]>;
  appended: AppendSignal;
}

/**
 * Catch-up subscription for stores without push: read pages until short, report caught-up, wait, repeat.
 * Between full pages it lets the event loop turn: reading and parsing a page is synchronous work, and a follower
 * catching up through 100,000 events would otherwise hold an API request in the same process until it is done.
 */
export async function* pollingSubscription(
  source: PollingSource,
  after: number,
  signal: AbortSignal,
  options: { pageSize: number; pollIntervalMs: number },
): AsyncGenerator<LogItem> {
  let position = after;
  while (!signal.aborted) {
    const seen = source.appended.version;
    const page = await source.readAll(position, options.pageSize);
    for (const event of page) {
      position = event.position;
      yield { kind: 'event', event };
    }
    if (page.length < options.pageSize) {
      yield { kind: 'caught_up', position };
      await source.appended.wait(seen, signal, options.pollIntervalMs);
    } else {
      await nextTurn();
    }
  }
}
