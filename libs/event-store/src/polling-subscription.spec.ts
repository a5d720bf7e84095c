import { AppendSignal } from './append-signal';
import { LogItem, RecordedEvent } from './event-store.port';
import { pollingSubscription } from './polling-subscription';

const event = (position: number) => ({ position, type: 'T' }) as RecordedEvent;
const log = Array.from({ length: 25 }, (_, i) => event(i + 1));
const source = { appended: new AppendSignal(), readAll: async (after: number, limit: number) => log.filter((e) => e.position > after).slice(0, limit) };

describe('pollingSubscription', () => {
  it('reads the log in pages, in order, and reports where it caught up', async () => {
    const controller = new AbortController();
    const items: LogItem[] = [];
    for await (const item of pollingSubscription(source, 3, controller.signal, { pageSize: 10, pollIntervalMs: 10_000 })) {
      items.push(item);
      if (item.kind === 'caught_up') controller.abort();
    }
    expect(items.filter((item) => item.kind === 'event').map((item) => item.kind === 'event' && item.event.position)).toEqual(
      log.slice(3).map((e) => e.position),
    );
    expect(items[items.length - 1]).toEqual({ kind: 'caught_up', position: 25 });
  });

  it('lets the event loop turn between full pages, so other work waits for one page, not the whole catch-up', async () => {
    const controller = new AbortController();
    let eventsBeforeOtherWork = -1;
    let events = 0;
    setImmediate(() => (eventsBeforeOtherWork = events));
    for await (const item of pollingSubscription(source, 0, controller.signal, { pageSize: 10, pollIntervalMs: 10_000 })) {
      if (item.kind === 'event') events++;
      else controller.abort();
    }
    expect(eventsBeforeOtherWork).toBe(10);
  });
});
