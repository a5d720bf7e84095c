import { ConsoleLogger, Logger } from '@nestjs/common';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DomainEvent } from '@trace/domain';
import { EventStore } from '@trace/event-store';
import { InMemoryEventStore } from '@trace/event-store/in-memory';
import { ALL_PROJECTIONS, Projection, stockByLocationProjection, unitsProjection } from '@trace/projections';
import { Change, Checkpoint, getDocument, ReadStore, StoreUnavailable } from '@trace/read-store';
import { SqliteReadStore } from '@trace/read-store/sqlite';
import { eventually } from '@trace/shared/testing/eventually';
import { followersModel } from './heartbeat';
import { Projector } from './projector';

let sequence = 0;
async function record(store: EventStore, events: DomainEvent[]): Promise<number> {
  let position = 0;
  for (const event of events) {
    const id = ++sequence;
    const metadata = { commandId: `c${id}`, correlationId: 'c', causationId: 'c', actor: 't', schemaVersion: 1 };
    ({ position } = await store.append(
      `s${id}`,
      [{ eventId: `e${id}`, type: event.type, data: event.data, metadata, occurredAt: '2026-01-01T00:00:00Z' }],
      'any',
    ));
  }
  return position;
}

const assigned = (serial: string, location = 'WH-A'): DomainEvent => ({ type: 'SerialAssigned', data: { sku: 'P', serial, lotId: null, location } });
const moved = (serial: string, from: string, to: string): DomainEvent => ({ type: 'UnitMoved', data: { sku: 'P', serial, from, to, reason: null } });

/** Counts the transactions that move the checkpoint (heartbeats do not), to see batching. */
class CountingReadStore extends SqliteReadStore {
  batches: number[] = [];
  override async apply(changes: Change[], checkpoint: Checkpoint): Promise<void> {
    await super.apply(changes, checkpoint);
    if (checkpoint.position !== checkpoint.expected) this.batches.push(checkpoint.position);
  }
}

describe('Projector', () => {
  // Failures are logged by design; keep the test output for real problems.
  beforeAll(() => Logger.overrideLogger(false));
  afterAll(() => Logger.overrideLogger(new ConsoleLogger()));

  let events: InMemoryEventStore;
  let reads: CountingReadStore;
  const running: Projector[] = [];

  const projector = (projections: readonly Projection[] = ALL_PROJECTIONS, batchSize = 100, store: ReadStore = reads, heartbeatMs?: number) => {
    const created = new Projector(events, store, projections, { name: 'test', batchSize, heartbeatMs });
    running.push(created);
    return created;
  };

  beforeEach(() => {
    events = new InMemoryEventStore();
    reads = new CountingReadStore({ file: ':memory:' });
  });
  afterEach(async () => {
    await Promise.all(running.splice(0).map((p) => p.stop()));
    await reads.close();
  });

  it('catches up from position 0 in batches and stores the checkpoint with them', async () => {
    const head = await record(events, [assigned('1'), assigned('2'), assigned('3'), assigned('4'), assigned('5')]);
    const p = projector(ALL_PROJECTIONS, 2);
    p.start();
    await eventually(() => p.position === head);
    expect(reads.batches).toEqual([2, 4, 5]);
    expect(await reads.checkpoint('test')).toBe(head);
    expect(await reads.get('units', { sku: 'P', serial: '5' })).toMatchObject({ status: 'in_stock', location: 'WH-A' });
  });

  it('follows live appends after catching up', async () => {
    const p = projector();
    p.start();
    await eventually(() => p.isCaughtUp);
    const head = await record(events, [assigned('1')]);
    await eventually(() => p.position === head);
    expect(await reads.get('units', { sku: 'P', serial: '1' })).not.toBeNull();
  });

  it('resumes from its checkpoint after a restart without applying anything twice', async () => {
    const first = projector([stockByLocationProjection]);
    const head = await record(events, [assigned('1'), assigned('2')]);
    first.start();
    await eventually(() => first.position === head);
    await first.stop();
    const later = await record(events, [moved('1', 'WH-A', 'WH-B')]);
    const second = projector([stockByLocationProjection]);
    second.start();
    await eventually(() => second.position === later);
    expect(await reads.get('stock_by_location', { location: 'WH-A', sku: 'P' })).toMatchObject({ count: 1 });
    expect(await reads.get('stock_by_location', { location: 'WH-B', sku: 'P' })).toMatchObject({ count: 1 });
  });

  it('retries a failing batch from the checkpoint and applies it exactly once', async () => {
    let failures = 1;
    const flaky: Projection = {
      ...stockByLocationProjection,
      project(event) {
        if (failures-- > 0) throw new Error('projection bug, fixed by the next attempt');
        return stockByLocationProjection.project(event);
      },
    };
    const head = await record(events, [assigned('1'), assigned('2')]);
    const p = projector([flaky]);
    p.start();
    await eventually(() => p.position === head);
    expect(await reads.get('stock_by_location', { location: 'WH-A', sku: 'P' })).toMatchObject({ count: 2 });
  });

  it('stays exact when two projectors run by mistake on the same read store', async () => {
    const head = await record(
      events,
      Array.from({ length: 50 }, (_, i) => assigned(String(i))),
    );
    const a = projector([unitsProjection, stockByLocationProjection], 7);
    const b = projector([unitsProjection, stockByLocationProjection], 7);
    a.start();
    b.start();
    await eventually(async () => (await reads.checkpoint('test')) === head);
    expect(await reads.get('stock_by_location', { location: 'WH-A', sku: 'P' })).toMatchObject({ count: 50 });
  });

  it('projects the next batch while a background store writes the last, and retries a batch the store refused exactly once', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'projector-'));
    const threaded = new SqliteReadStore({ file: join(dir, 'read-models.sqlite'), writerThread: true });
    let refusals = 1;
    // A null key passes every check on this thread; SQLite refuses it in the writer thread, batches later.
    const refusedOnce: Projection = {
      ...stockByLocationProjection,
      project(event) {
        const changes = stockByLocationProjection.project(event);
        if (event.position !== 3 || refusals-- <= 0) return changes;
        return [...changes, { op: 'upsert', model: 'stock_by_location', key: { location: null, sku: 'P' }, set: { count: 0 } }];
      },
    };
    try {
      const head = await record(
        events,
        Array.from({ length: 10 }, (_, i) => assigned(String(i))),
      );
      const p = projector([refusedOnce], 2, threaded);
      p.start();
      await eventually(() => p.position === head);
      expect(refusals).toBe(-1);
      expect(await threaded.get('stock_by_location', { location: 'WH-A', sku: 'P' })).toMatchObject({ count: 10 });
      await p.stop();
    } finally {
      await threaded.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('says it is alive while idle, and says why while it is failing', async () => {
    let failures = 2;
    const flaky: Projection = {
      ...stockByLocationProjection,
      project(event) {
        if (failures-- > 0) throw new Error('projection bug, fixed by the third attempt');
        return stockByLocationProjection.project(event);
      },
    };
    const head = await record(events, [assigned('1')]);
    const p = projector([flaky], 100, reads, 20);
    p.start();
    const beat = async () => getDocument(reads, followersModel, { name: 'test' }).catch(() => null);
    await eventually(async () => (await beat())?.failing === 'projection bug, fixed by the third attempt');
    await eventually(() => p.position === head);
    await eventually(async () => (await beat())?.failing === null);
    const first = (await beat())!.beatAt;
    await eventually(async () => (await beat())!.beatAt > first);
    expect(await beat()).toMatchObject({ position: head, failing: null, process: expect.stringMatching(/:\d+$/) });
  });

  it('starts while the read store is unreachable, and prepares its models once it is back', async () => {
    let down = true;
    const unreachable = new StoreUnavailable('read store', new Error('connect ECONNREFUSED'));
    const flaky = new Proxy(reads, {
      get(target, property, receiver) {
        const value = Reflect.get(target, property, receiver);
        if (typeof value !== 'function') return value;
        return (...args: unknown[]) => (down ? Promise.reject(unreachable) : value.apply(target, args));
      },
    });
    const head = await record(events, [assigned('1')]);
    const p = projector([unitsProjection], 100, flaky);
    p.start();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(p.lastError).toBe('read store is unreachable: connect ECONNREFUSED');
    down = false;
    await eventually(() => p.position === head, 10_000);
    expect(await reads.get('units', { sku: 'P', serial: '1' })).not.toBeNull();
  });
});
