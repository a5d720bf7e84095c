import { randomUUID } from 'node:crypto';
import { EventStore, LogItem, NewEvent, WrongExpectedRevision } from '../event-store.port';

/** Builds a store on a fixed clock; returns it with its own clean-up. */
export type EventStoreFactory = (clock: () => Date) => Promise<{ store: EventStore; dispose: () => Promise<void> }>;

export interface EventStoreContractOptions {
  /** The store stamps recordedAt with its server's clock, not the one given (EventStoreDB). */
  serverClock?: boolean;
  /** The log holds what earlier tests and runs wrote (a real server): no test may expect it empty. */
  sharedLog?: boolean;
}

/**
 * Every stream the suite writes starts with this: on a real server, followers of the application's streams
 * (`unit-`, `lot-`, …) never meet the suite's made-up events, and the adapter under test follows this one.
 */
export const CONTRACT_STREAM_PREFIX = 'contract-';

const RECORDED_AT = new Date('2026-03-01T10:00:00.000Z');
// Command ids outlive a test run on a real server, so each run has its own.
const RUN = randomUUID().slice(0, 8);
let sequence = 0;

export function newEvent(type = 'Happened', data: object = {}, commandId = `cmd-${RUN}-${++sequence}`): NewEvent {
  return {
    eventId: randomUUID(),
    type,
    data,
    metadata: { commandId, correlationId: 'corr', causationId: 'cause', actor: 'tester', schemaVersion: 1 },
    occurredAt: '2026-02-28T09:00:00.000Z',
  };
}

/** Reads a subscription until `predicate` holds for what was seen, then aborts it. */
export async function collect(store: EventStore, after: number, until: (items: LogItem[]) => boolean): Promise<LogItem[]> {
  const controller = new AbortController();
  const items: LogItem[] = [];
  for await (const item of store.subscribe(after, controller.signal)) {
    items.push(item);
    if (until(items)) controller.abort();
  }
  return items;
}

const events = (items: LogItem[]) => items.flatMap((item) => (item.kind === 'event' ? [item.event] : []));

/** Reads items of a live subscription until one matches. */
async function nextMatching(items: AsyncIterator<LogItem>, matches: (item: LogItem) => boolean): Promise<LogItem> {
  for (;;) {
    const { value, done } = await items.next();
    if (done) throw new Error('the subscription ended');
    if (matches(value)) return value;
  }
}

/**
 * The behaviour every EventStore adapter must have; run by each adapter's spec. Streams and commands are named
 * per test (`contract-unit-a-<suffix>`), so the suite also runs on a server that keeps what earlier tests wrote.
 */
export function eventStoreContract(factory: EventStoreFactory, options: EventStoreContractOptions = {}): void {
  let store: EventStore;
  let dispose: () => Promise<void>;
  let named: (name: string) => string;

  beforeEach(async () => {
    const suffix = randomUUID().slice(0, 8);
    named = (name) => `${CONTRACT_STREAM_PREFIX}${name}-${suffix}`;
    ({ store, dispose } = await factory(() => RECORDED_AT));
  });
  afterEach(() => dispose());

  describe('append', () => {
    it('creates a stream with "no stream" and numbers revisions from 0', async () => {
      const result = await store.append(named('unit-a'), [newEvent(), newEvent()], 'no_stream');
      expect(result.revision).toBe(1);
      expect(result.position).toBeGreaterThan(0);
      expect((await store.readStream(named('unit-a'))).map((e) => e.revision)).toEqual([0, 1]);
    });

    it('refuses "no stream" when the stream exists', async () => {
      await store.append(named('unit-a'), [newEvent()], 'no_stream');
      await expect(store.append(named('unit-a'), [newEvent()], 'no_stream')).rejects.toBeInstanceOf(WrongExpectedRevision);
      expect(await store.readStream(named('unit-a'))).toHaveLength(1);
    });

    it('appends at the exact expected revision and refuses a stale one', async () => {
      await store.append(named('unit-a'), [newEvent()], 'no_stream');
      await expect(store.append(named('unit-a'), [newEvent()], 0)).resolves.toMatchObject({ revision: 1 });
      await expect(store.append(named('unit-a'), [newEvent()], 0)).rejects.toMatchObject({ stream: named('unit-a'), expected: 0, actual: 1 });
      await expect(store.append(named('unit-b'), [newEvent()], 0)).rejects.toMatchObject({ actual: 'no_stream' });
    });

    it('refuses an expected revision the stream has not reached, and appends after the last one with "any"', async () => {
      await store.append(named('unit-a'), [newEvent(), newEvent()], 'no_stream');
      await expect(store.append(named('unit-a'), [newEvent()], 4)).rejects.toMatchObject({ expected: 4, actual: 1 });
      await expect(store.append(named('unit-a'), [newEvent(), newEvent()], 'any')).resolves.toMatchObject({ revision: 3 });
      await expect(store.append(named('unit-new'), [newEvent()], 'any')).resolves.toMatchObject({ revision: 0 });
      expect((await store.readStream(named('unit-a'))).map((e) => e.revision)).toEqual([0, 1, 2, 3]);
    });

    it('treats a retried append at a revision the stream has since passed as already done', async () => {
      await store.append(named('unit-a'), [newEvent()], 'no_stream');
      const batch = [newEvent(), newEvent()];
      const first = await store.append(named('unit-a'), batch, 0);
      await store.append(named('unit-a'), [newEvent()], 2);
      await expect(store.append(named('unit-a'), batch, 0)).resolves.toEqual(first);
      await expect(store.append(named('unit-a'), batch, 'any')).resolves.toEqual(first);
      expect(await store.readStream(named('unit-a'))).toHaveLength(4);
    });

    it('lets exactly one of two concurrent creators win', async () => {
      const outcomes = await Promise.allSettled([
        store.append(named('unit-race'), [newEvent('A')], 'no_stream'),
        store.append(named('unit-race'), [newEvent('B')], 'no_stream'),
      ]);
      expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
      expect(outcomes.filter((o) => o.status === 'rejected')).toHaveLength(1);
      expect(await store.readStream(named('unit-race'))).toHaveLength(1);
    });

    it('treats a retried append with the same event ids as already done', async () => {
      const batch = [newEvent(), newEvent()];
      const first = await store.append(named('unit-a'), batch, 'no_stream');
      const again = await store.append(named('unit-a'), batch, 'no_stream');
      expect(again).toEqual(first);
      expect(await store.readStream(named('unit-a'))).toHaveLength(2);
    });

    it('refuses event ids already used in another stream', async () => {
      const event = newEvent();
      await store.append(named('unit-a'), [event], 'no_stream');
      await expect(store.append(named('unit-b'), [event], 'no_stream')).rejects.toBeInstanceOf(WrongExpectedRevision);
    });

    it('refuses an empty append', async () => {
      await expect(store.append(named('unit-a'), [], 'any')).rejects.toThrow(/at least one event/);
    });

    it('appends to many streams, each succeeding or conflicting on its own', async () => {
      await store.append(named('unit-taken'), [newEvent()], 'no_stream');
      const results = await store.appendMany([
        { stream: named('unit-new-1'), events: [newEvent()], expected: 'no_stream' },
        { stream: named('unit-taken'), events: [newEvent()], expected: 'no_stream' },
        { stream: named('unit-new-2'), events: [newEvent()], expected: 'no_stream' },
      ]);
      expect(results[0]).toMatchObject({ revision: 0 });
      expect(results[1]).toBeInstanceOf(WrongExpectedRevision);
      expect(results[2]).toMatchObject({ revision: 0 });
      expect(await store.readStream(named('unit-taken'))).toHaveLength(1);
      expect(await store.readStream(named('unit-new-2'))).toHaveLength(1);
    });
  });

  describe('appendAll', () => {
    it('appends to several streams at once', async () => {
      await store.append(named('unit-parent'), [newEvent()], 'no_stream');
      const results = await store.appendAll([
        { stream: named('unit-child'), events: [newEvent('Installed')], expected: 'no_stream' },
        { stream: named('unit-parent'), events: [newEvent('ComponentInstalled')], expected: 0 },
      ]);
      expect(results.map((r) => r.revision)).toEqual([0, 1]);
      expect(results[1].position).toBeGreaterThan(results[0].position);
    });

    it('writes nothing when one expectation fails', async () => {
      await store.append(named('unit-parent'), [newEvent()], 'no_stream');
      const head = await store.headPosition();
      await expect(
        store.appendAll([
          { stream: named('unit-child'), events: [newEvent()], expected: 'no_stream' },
          { stream: named('unit-parent'), events: [newEvent()], expected: 5 },
        ]),
      ).rejects.toBeInstanceOf(WrongExpectedRevision);
      expect(await store.readStream(named('unit-child'))).toEqual([]);
      expect(await store.headPosition()).toBe(head);
    });

    it('treats a retried multi-stream append as done', async () => {
      const requests = [
        { stream: named('unit-a'), events: [newEvent()], expected: 'no_stream' as const },
        { stream: named('unit-b'), events: [newEvent()], expected: 'no_stream' as const },
      ];
      const first = await store.appendAll(requests);
      expect(await store.appendAll(requests)).toEqual(first);
      expect(await store.headPosition()).toBe(first[1].position);
    });

    it('writes nothing when an event id is already used by another stream', async () => {
      const used = newEvent();
      await store.append(named('unit-a'), [used], 'no_stream');
      const head = await store.headPosition();
      await expect(
        store.appendAll([
          { stream: named('unit-b'), events: [newEvent()], expected: 'no_stream' },
          { stream: named('unit-c'), events: [used], expected: 'no_stream' },
        ]),
      ).rejects.toBeInstanceOf(WrongExpectedRevision);
      expect(await store.readStream(named('unit-b'))).toEqual([]);
      expect(await store.headPosition()).toBe(head);
    });
  });

  describe('read', () => {
    it('reads a missing stream as empty', async () => {
      expect(await store.readStream(named('unit-none'))).toEqual([]);
    });

    it('reads many streams at once, each as readStream reads it, absent ones empty', async () => {
      await store.append(named('unit-a'), [newEvent('1'), newEvent('2')], 'no_stream');
      await store.append(named('lot-b'), [newEvent('3')], 'no_stream');
      await store.append(named('unit-a'), [newEvent('4')], 1);
      const streams = [named('lot-b'), named('unit-none'), named('unit-a')];
      const read = await store.readStreams(streams);
      expect([...read.keys()].sort()).toEqual([...streams].sort());
      for (const stream of streams) expect(read.get(stream)).toEqual(await store.readStream(stream));
      expect(read.get(named('unit-a'))?.map((e) => e.type)).toEqual(['1', '2', '4']);
      expect(read.get(named('unit-none'))).toEqual([]);
      expect(await store.readStreams([])).toEqual(new Map());
    });

    it('reads more streams at once than one read of the store names', async () => {
      const streams = Array.from({ length: 2_500 }, (_, i) => named(`unit-${i}`));
      await store.appendMany(streams.filter((_, i) => i % 2 === 0).map((stream) => ({ stream, events: [newEvent()], expected: 'no_stream' as const })));
      const read = await store.readStreams(streams);
      expect(read.size).toBe(streams.length);
      expect(streams.filter((stream) => read.get(stream)?.length === 1)).toEqual(streams.filter((_, i) => i % 2 === 0));
    });

    it('returns what was appended, with the store clock as recordedAt', async () => {
      const event = newEvent('UnitMoved', { to: 'WH-B', nested: { n: 1 } });
      const { position } = await store.append(named('unit-a'), [event], 'no_stream');
      expect(await store.readStream(named('unit-a'))).toEqual([
        {
          position,
          stream: named('unit-a'),
          revision: 0,
          eventId: event.eventId,
          type: 'UnitMoved',
          data: { to: 'WH-B', nested: { n: 1 } },
          metadata: event.metadata,
          occurredAt: event.occurredAt,
          recordedAt: options.serverClock ? expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/) : RECORDED_AT.toISOString(),
        },
      ]);
    });

    it('reads the whole log forward from a position, in pages', async () => {
      const start = await store.headPosition();
      await store.append(named('unit-a'), [newEvent('1')], 'no_stream');
      await store.append(named('lot-b'), [newEvent('2'), newEvent('3')], 'no_stream');
      await store.append(named('unit-a'), [newEvent('4')], 0);
      const all = await store.readAll(start, 100);
      expect(all.map((e) => e.type)).toEqual(['1', '2', '3', '4']);
      const positions = all.map((e) => e.position);
      expect([...positions].sort((a, b) => a - b)).toEqual(positions);
      expect(new Set(positions).size).toBe(4);
      expect((await store.readAll(all[1].position, 2)).map((e) => e.type)).toEqual(['3', '4']);
      expect(await store.readAll(all[3].position, 10)).toEqual([]);
      expect(await store.headPosition()).toBe(all[3].position);
    });

    it('reads the same page of the log with data and metadata as the JSON text JSON.stringify writes', async () => {
      const start = await store.headPosition();
      await store.append(named('unit-a'), [newEvent('1', { to: 'WH "B"', nested: { n: 1.5, list: [null, true] } })], 'no_stream');
      const second = newEvent('2', { note: 'ünïcode\n' });
      await store.append(named('lot-b'), [{ ...second, requestHash: 'abc' }, newEvent('3')], 'no_stream');
      const parsed = await store.readAll(start, 2);
      expect(parsed[1].requestHash).toBe('abc');
      expect(await store.readAllSerialized(start, 2)).toEqual(
        parsed.map(({ requestHash: _internal, ...event }) => ({ ...event, data: JSON.stringify(event.data), metadata: JSON.stringify(event.metadata) })),
      );
      expect((await store.readAllSerialized(parsed[1].position, 10)).map((e) => e.type)).toEqual(['3']);
    });

    (options.sharedLog ? it.skip : it)('reports 0 as the head of an empty log', async () => {
      expect(await store.headPosition()).toBe(0);
    });

    it('finds the events of one command', async () => {
      await store.append(named('unit-a'), [newEvent('X', {}, named('cmd-42')), newEvent('Y', {}, named('cmd-42'))], 'no_stream');
      await store.append(named('unit-b'), [newEvent('Z', {}, named('cmd-43'))], 'no_stream');
      expect((await store.readByCommand(named('cmd-42'))).map((e) => e.type)).toEqual(['X', 'Y']);
      expect(await store.readByCommand(named('cmd-none'))).toEqual([]);
    });
  });

  describe('subscribe', () => {
    it('delivers history, says when it caught up, then delivers live appends', async () => {
      const start = await store.headPosition();
      const old = await store.append(named('unit-a'), [newEvent('old')], 'no_stream');
      const controller = new AbortController();
      const items = store.subscribe(start, controller.signal)[Symbol.asyncIterator]();
      const isEvent = (item: LogItem) => item.kind === 'event';
      expect(await nextMatching(items, isEvent)).toMatchObject({ event: { type: 'old' } });
      // Caught up at or past the history it delivered, before anything live was appended.
      const caughtUp = await nextMatching(items, (item) => item.kind === 'caught_up');
      expect(caughtUp).toMatchObject({ position: expect.any(Number) });
      expect((caughtUp as { position: number }).position).toBeGreaterThanOrEqual(old.position);
      await store.append(named('unit-a'), [newEvent('live')], 0);
      expect(await nextMatching(items, isEvent)).toMatchObject({ event: { type: 'live' } });
      controller.abort();
      await items.return?.();
    });

    it('starts after the given position', async () => {
      const first = await store.append(named('unit-a'), [newEvent('1')], 'no_stream');
      const second = await store.append(named('unit-a'), [newEvent('2')], 0);
      const items = await collect(store, first.position, (seen) => seen.some((i) => i.kind === 'caught_up' && i.position >= second.position));
      expect(events(items).map((e) => e.type)).toEqual(['2']);
    });

    it('moves its append signal, where it has one, at every commit of its own', async () => {
      const appended = store.appended;
      // Stores whose server pushes appends to subscriptions have none.
      if (!appended) return;
      const seen = appended.version;
      await store.append(named('unit-a'), [newEvent('1')], 'no_stream');
      expect(appended.version).toBeGreaterThan(seen);
      const again = appended.version;
      await store.appendAll([{ stream: named('unit-b'), events: [newEvent('2')], expected: 'no_stream' }]);
      expect(appended.version).toBeGreaterThan(again);
    });

    it('stops when aborted while waiting', async () => {
      const head = await store.headPosition();
      const controller = new AbortController();
      const iterator = store.subscribe(head, controller.signal)[Symbol.asyncIterator]();
      const first = (await iterator.next()).value as LogItem;
      expect(first.kind).toBe('caught_up');
      expect((first as { position: number }).position).toBeGreaterThanOrEqual(head);
      const next = iterator.next();
      controller.abort();
      expect((await next).done).toBe(true);
    });
  });
}
