import { EventStore, LogItem, NewEvent, WrongExpectedRevision } from '../event-store.port';

/** Builds a store on a fixed clock; returns it with its own clean-up. */
export type EventStoreFactory = (clock: () => Date) => Promise<{ store: EventStore; dispose: () => Promise<void> }>;

const RECORDED_AT = new Date('2026-03-01T10:00:00.000Z');
let sequence = 0;

export function newEvent(type = 'Happened', data: object = {}, commandId = `cmd-${++sequence}`): NewEvent {
  return {
    eventId: `00000000-0000-4000-8000-${String(++sequence).padStart(12, '0')}`,
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

/** The behaviour every EventStore adapter must have; run by each adapter's spec. */
export function eventStoreContract(factory: EventStoreFactory): void {
  let store: EventStore;
  let dispose: () => Promise<void>;

  beforeEach(async () => {
    ({ store, dispose } = await factory(() => RECORDED_AT));
  });
  afterEach(() => dispose());

  describe('append', () => {
    it('creates a stream with "no stream" and numbers revisions from 0', async () => {
      const result = await store.append('unit-a', [newEvent(), newEvent()], 'no_stream');
      expect(result.revision).toBe(1);
      expect(result.position).toBeGreaterThan(0);
      expect((await store.readStream('unit-a')).map((e) => e.revision)).toEqual([0, 1]);
    });

    it('refuses "no stream" when the stream exists', async () => {
      await store.append('unit-a', [newEvent()], 'no_stream');
      await expect(store.append('unit-a', [newEvent()], 'no_stream')).rejects.toBeInstanceOf(WrongExpectedRevision);
      expect(await store.readStream('unit-a')).toHaveLength(1);
    });

    it('appends at the exact expected revision and refuses a stale one', async () => {
      await store.append('unit-a', [newEvent()], 'no_stream');
      await expect(store.append('unit-a', [newEvent()], 0)).resolves.toMatchObject({ revision: 1 });
      await expect(store.append('unit-a', [newEvent()], 0)).rejects.toMatchObject({ stream: 'unit-a', expected: 0, actual: 1 });
      await expect(store.append('unit-b', [newEvent()], 0)).rejects.toMatchObject({ actual: 'no_stream' });
    });

    it('lets exactly one of two concurrent creators win', async () => {
      const outcomes = await Promise.allSettled([
        store.append('unit-race', [newEvent('A')], 'no_stream'),
        store.append('unit-race', [newEvent('B')], 'no_stream'),
      ]);
      expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
      expect(outcomes.filter((o) => o.status === 'rejected')).toHaveLength(1);
      expect(await store.readStream('unit-race')).toHaveLength(1);
    });

    it('treats a retried append with the same event ids as already done', async () => {
      const batch = [newEvent(), newEvent()];
      const first = await store.append('unit-a', batch, 'no_stream');
      const again = await store.append('unit-a', batch, 'no_stream');
      expect(again).toEqual(first);
      expect(await store.readStream('unit-a')).toHaveLength(2);
    });

    it('refuses event ids already used in another stream', async () => {
      const event = newEvent();
      await store.append('unit-a', [event], 'no_stream');
      await expect(store.append('unit-b', [event], 'no_stream')).rejects.toBeInstanceOf(WrongExpectedRevision);
    });

    it('refuses an empty append', async () => {
      await expect(store.append('unit-a', [], 'any')).rejects.toThrow(/at least one event/);
    });

    it('appends to many streams, each succeeding or conflicting on its own', async () => {
      await store.append('unit-taken', [newEvent()], 'no_stream');
      const results = await store.appendMany([
        { stream: 'unit-new-1', events: [newEvent()], expected: 'no_stream' },
        { stream: 'unit-taken', events: [newEvent()], expected: 'no_stream' },
        { stream: 'unit-new-2', events: [newEvent()], expected: 'no_stream' },
      ]);
      expect(results[0]).toMatchObject({ revision: 0 });
      expect(results[1]).toBeInstanceOf(WrongExpectedRevision);
      expect(results[2]).toMatchObject({ revision: 0 });
      expect(await store.readStream('unit-taken')).toHaveLength(1);
      expect(await store.readStream('unit-new-2')).toHaveLength(1);
    });
  });

  describe('appendAll', () => {
    it('appends to several streams at once', async () => {
      await store.append('unit-parent', [newEvent()], 'no_stream');
      const results = await store.appendAll([
        { stream: 'unit-child', events: [newEvent('Installed')], expected: 'no_stream' },
        { stream: 'unit-parent', events: [newEvent('ComponentInstalled')], expected: 0 },
      ]);
      expect(results.map((r) => r.revision)).toEqual([0, 1]);
      expect(results[1].position).toBeGreaterThan(results[0].position);
    });

    it('writes nothing when one expectation fails', async () => {
      await store.append('unit-parent', [newEvent()], 'no_stream');
      const head = await store.headPosition();
      await expect(
        store.appendAll([
          { stream: 'unit-child', events: [newEvent()], expected: 'no_stream' },
          { stream: 'unit-parent', events: [newEvent()], expected: 5 },
        ]),
      ).rejects.toBeInstanceOf(WrongExpectedRevision);
      expect(await store.readStream('unit-child')).toEqual([]);
      expect(await store.headPosition()).toBe(head);
    });

    it('treats a retried multi-stream append as done', async () => {
      const requests = [
        { stream: 'unit-a', events: [newEvent()], expected: 'no_stream' as const },
        { stream: 'unit-b', events: [newEvent()], expected: 'no_stream' as const },
      ];
      const first = await store.appendAll(requests);
      expect(await store.appendAll(requests)).toEqual(first);
      expect(await store.headPosition()).toBe(first[1].position);
    });
  });

  describe('read', () => {
    it('reads a missing stream as empty', async () => {
      expect(await store.readStream('unit-none')).toEqual([]);
    });

    it('returns what was appended, with the store clock as recordedAt', async () => {
      const event = newEvent('UnitMoved', { to: 'WH-B', nested: { n: 1 } });
      const { position } = await store.append('unit-a', [event], 'no_stream');
      expect(await store.readStream('unit-a')).toEqual([
        {
          position,
          stream: 'unit-a',
          revision: 0,
          eventId: event.eventId,
          type: 'UnitMoved',
          data: { to: 'WH-B', nested: { n: 1 } },
          metadata: event.metadata,
          occurredAt: event.occurredAt,
          recordedAt: RECORDED_AT.toISOString(),
        },
      ]);
    });

    it('reads the whole log forward from a position, in pages', async () => {
      await store.append('unit-a', [newEvent('1')], 'no_stream');
      await store.append('lot-b', [newEvent('2'), newEvent('3')], 'no_stream');
      await store.append('unit-a', [newEvent('4')], 0);
      const all = await store.readAll(0, 100);
      expect(all.map((e) => e.type)).toEqual(['1', '2', '3', '4']);
      const positions = all.map((e) => e.position);
      expect([...positions].sort((a, b) => a - b)).toEqual(positions);
      expect(new Set(positions).size).toBe(4);
      expect((await store.readAll(all[1].position, 2)).map((e) => e.type)).toEqual(['3', '4']);
      expect(await store.readAll(all[3].position, 10)).toEqual([]);
      expect(await store.headPosition()).toBe(all[3].position);
    });

    it('reports 0 as the head of an empty log', async () => {
      expect(await store.headPosition()).toBe(0);
    });

    it('finds the events of one command', async () => {
      await store.append('unit-a', [newEvent('X', {}, 'cmd-42'), newEvent('Y', {}, 'cmd-42')], 'no_stream');
      await store.append('unit-b', [newEvent('Z', {}, 'cmd-43')], 'no_stream');
      expect((await store.readByCommand('cmd-42')).map((e) => e.type)).toEqual(['X', 'Y']);
      expect(await store.readByCommand('cmd-none')).toEqual([]);
    });
  });

  describe('subscribe', () => {
    it('delivers history, says when it caught up, then delivers live appends', async () => {
      await store.append('unit-a', [newEvent('old')], 'no_stream');
      const seen = collect(store, 0, (items) => events(items).some((e) => e.type === 'live'));
      await new Promise((resolve) => setImmediate(resolve));
      await store.append('unit-a', [newEvent('live')], 0);
      const items = await seen;
      expect(events(items).map((e) => e.type)).toEqual(['old', 'live']);
      expect(items.findIndex((i) => i.kind === 'caught_up')).toBe(1);
    });

    it('starts after the given position', async () => {
      const first = await store.append('unit-a', [newEvent('1')], 'no_stream');
      await store.append('unit-a', [newEvent('2')], 0);
      const items = await collect(store, first.position, (seen) => seen.some((i) => i.kind === 'caught_up'));
      expect(events(items).map((e) => e.type)).toEqual(['2']);
    });

    it('stops when aborted while waiting', async () => {
      const controller = new AbortController();
      const iterator = store.subscribe(0, controller.signal)[Symbol.asyncIterator]();
      expect((await iterator.next()).value).toEqual({ kind: 'caught_up', position: 0 });
      const next = iterator.next();
      controller.abort();
      expect((await next).done).toBe(true);
    });
  });
}
