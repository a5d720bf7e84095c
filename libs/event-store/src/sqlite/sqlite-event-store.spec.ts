import Database from 'better-sqlite3';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eventually } from '@trace/shared/testing/eventually';
import { collect, eventStoreContract, newEvent } from '../contract/event-store.contract';
import { SqliteEventStore } from './sqlite-event-store';

describe('SqliteEventStore', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'trace-es-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  describe('contract', () => {
    eventStoreContract(async (clock) => {
      const store = new SqliteEventStore({ file: join(dir, 'events.sqlite'), clock, pollIntervalMs: 10 });
      return { store, dispose: () => store.close() };
    });
  });

  it('keeps every event across a reopen of the file', async () => {
    const file = join(dir, 'events.sqlite');
    const first = new SqliteEventStore({ file });
    await first.append('unit-a', [newEvent('1'), newEvent('2')], 'no_stream');
    await first.close();
    const reopened = new SqliteEventStore({ file });
    expect((await reopened.readStream('unit-a')).map((e) => e.type)).toEqual(['1', '2']);
    await reopened.close();
  });

  it('copies the log back into the database in a thread of its own soon after a commit, well before SQLite’s writer would', async () => {
    const file = join(dir, 'events.sqlite');
    const store = new SqliteEventStore({ file });
    await store.append('unit-first', [newEvent()], 'no_stream');
    const before = statSync(file).size;
    // About 250 pages of the log: SQLite's writer copies them itself only past 1,000.
    const big = { text: 'x'.repeat(4_000) };
    await store.appendMany(Array.from({ length: 250 }, (_, i) => ({ stream: `unit-${i}`, events: [newEvent('Big', big)], expected: 'no_stream' as const })));
    await eventually(() => statSync(file).size > before + 900_000);
    await store.close();
    const reopened = new SqliteEventStore({ file });
    expect(await reopened.readStream('unit-249')).toEqual([expect.objectContaining({ type: 'Big', data: big })]);
    await reopened.close();
  });

  it('upgrades a file made with the former event id and command id indexes', async () => {
    const file = join(dir, 'events.sqlite');
    const retried = newEvent('X');
    const first = new SqliteEventStore({ file });
    const appended = await first.append('unit-a', [retried], 'no_stream');
    await first.close();
    const former = new Database(file);
    former.exec(
      'DROP INDEX events_command_event; CREATE UNIQUE INDEX events_event_id ON events (event_id); CREATE INDEX events_command_id ON events (command_id)',
    );
    former.close();

    const upgraded = new SqliteEventStore({ file });
    expect(await upgraded.append('unit-a', [retried], 'no_stream')).toEqual(appended);
    expect((await upgraded.readByCommand(retried.metadata.commandId)).map((e) => e.type)).toEqual(['X']);
    await upgraded.close();
    const inspected = new Database(file);
    const indexes = inspected.prepare("SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'events' ORDER BY name").pluck().all();
    inspected.close();
    expect(indexes).toEqual(['events_command_event', 'events_stream_revision']);
  });

  it('commits concurrent appends together, each succeeding or failing alone', async () => {
    const store = new SqliteEventStore({ file: join(dir, 'events.sqlite') });
    const outcomes = await Promise.allSettled([
      store.append('unit-a', [newEvent('1')], 'no_stream'),
      store.append('unit-a', [newEvent('2')], 'no_stream'),
      store.append('unit-a', [newEvent('3')], 0),
      store.append('unit-b', [], 'no_stream'),
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'fulfilled', 'rejected']);
    expect((await store.readStream('unit-a')).map((e) => e.type)).toEqual(['1', '3']);
    await store.close();
  });

  it('lets a subscriber in another connection (process) see appends by polling', async () => {
    const file = join(dir, 'events.sqlite');
    const writer = new SqliteEventStore({ file });
    const reader = new SqliteEventStore({ file, pollIntervalMs: 10 });
    const seen = collect(reader, 0, (items) => items.some((i) => i.kind === 'event'));
    await new Promise((resolve) => setTimeout(resolve, 20));
    await writer.append('unit-a', [newEvent('from-writer')], 'no_stream');
    const items = await seen;
    expect(items.filter((i) => i.kind === 'event')).toHaveLength(1);
    await Promise.all([writer.close(), reader.close()]);
  });

  it('serialises creators across connections: one serial, one winner', async () => {
    const file = join(dir, 'events.sqlite');
    const a = new SqliteEventStore({ file });
    const b = new SqliteEventStore({ file });
    const outcomes = await Promise.allSettled([a.append('unit-x', [newEvent()], 'no_stream'), b.append('unit-x', [newEvent()], 'no_stream')]);
    expect(outcomes.map((o) => o.status).sort()).toEqual(['fulfilled', 'rejected']);
    await Promise.all([a.close(), b.close()]);
  });

  it('refuses appends with StoreUnavailable (full) when the disk is full, keeping every answered append whole and nothing of the refused', async () => {
    const store = new SqliteEventStore({ file: join(dir, 'events.sqlite') });
    store.capPages(40);
    const big = (name: string) => ({ ...newEvent(name), data: { filler: 'x'.repeat(3_000) } });
    const accepted: string[] = [];
    let refusal: unknown;
    for (let i = 0; refusal === undefined; i++) {
      await store.append(`unit-${i}`, [big(`${i}.1`), big(`${i}.2`)], 'no_stream').then(
        () => accepted.push(`${i}.1`, `${i}.2`),
        (error: unknown) => (refusal = error),
      );
    }
    expect(refusal).toMatchObject({ name: 'StoreUnavailable', store: 'event store', reason: 'full' });
    expect(accepted.length).toBeGreaterThan(2);
    // Concurrent commands commit as one group: each succeeds or fails alone, and none is answered half-written.
    const group = await Promise.allSettled(Array.from({ length: 10 }, (_, i) => store.append(`unit-g${i}`, [big(`g${i}.1`), big(`g${i}.2`)], 'any')));
    for (const outcome of group) {
      if (outcome.status === 'rejected') expect(outcome.reason).toMatchObject({ name: 'StoreUnavailable', reason: 'full' });
      else accepted.push(...[1, 2].map((n) => `g${group.indexOf(outcome)}.${n}`));
    }
    expect((await store.readAll(0, 1000)).map((event) => event.type)).toEqual(accepted);
    await store.close();
  });

  it('moves the request fingerprint of events stored in their metadata out of it, for every reader', async () => {
    const file = join(dir, 'events.sqlite');
    const first = new SqliteEventStore({ file });
    await first.append('unit-a', [newEvent('1')], 'no_stream');
    await first.close();
    // A file from before the fingerprint had its column: no column, the fingerprint in the metadata text.
    const former = new Database(file);
    former.exec('ALTER TABLE events DROP COLUMN request_hash');
    former.prepare("UPDATE events SET metadata = json_set(metadata, '$.requestHash', 'old-fingerprint')").run();
    former.close();
    const reopened = new SqliteEventStore({ file });
    const [event] = await reopened.readAll(0, 10);
    expect(event.requestHash).toBe('old-fingerprint');
    expect(event.metadata).not.toHaveProperty('requestHash');
    const [text] = await reopened.readAllSerialized(0, 10);
    expect(text.metadata).toBe(JSON.stringify(event.metadata));
    await reopened.append('unit-b', [{ ...newEvent('2'), requestHash: 'new-fingerprint' }], 'no_stream');
    expect((await reopened.readStream('unit-b'))[0].requestHash).toBe('new-fingerprint');
    expect((await reopened.readAllSerialized(event.position, 10))[0].metadata).not.toContain('fingerprint');
    await reopened.close();
  });
});
