import { InMemoryEventStore } from '@trace/event-store/in-memory';
import { newEvent } from '@trace/event-store/contract/event-store.contract';
import { EventStore } from '@trace/event-store';
import { Writable } from 'node:stream';
import { EventExport } from './event-export';
import { publicEvent } from '../log/public-event';

/** A destination that takes one chunk and then holds further writes until `release` is called. */
class SlowReader extends Writable {
  chunks: string[] = [];
  private pending?: () => void;

  constructor() {
    super({ highWaterMark: 1, decodeStrings: false });
  }

  override _write(chunk: string, _encoding: BufferEncoding, done: () => void): void {
    this.chunks.push(chunk);
    this.pending = done;
  }

  release(): void {
    const done = this.pending;
    this.pending = undefined;
    done?.();
  }

  get waiting(): boolean {
    return this.pending !== undefined;
  }
}

describe('event export', () => {
  let store: InMemoryEventStore;
  beforeEach(async () => {
    store = new InMemoryEventStore(() => new Date('2026-03-05T00:00:00Z'));
    for (let i = 0; i < 10; i++) await store.append(`unit-P:${i}`, [newEvent(i % 2 ? 'UnitMoved' : 'SerialAssigned', { i })], 'no_stream');
  });

  it('holds one page at a time: the next page is read only once the destination took the previous one', async () => {
    const pagesRead: number[] = [];
    const counting: EventStore = Object.assign(Object.create(store), {
      readAllSerialized: async (after: number, limit: number) => {
        pagesRead.push(after);
        return store.readAllSerialized(after, limit);
      },
    });
    const out = new SlowReader();
    const done = new EventExport(counting).export({}, out, { format: 'ndjson', pageSize: 2 });
    for (let page = 1; page <= 5; page++) {
      await waitUntil(() => out.waiting);
      // While the destination is busy with a page, the export has read no further than that page.
      expect(pagesRead).toHaveLength(page);
      out.release();
    }
    expect(await done).toEqual({ exported: 10, position: 10 });
    expect(
      out.chunks
        .join('')
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line).data.i),
    ).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('writes CSV with a header, quoting what needs it, and filters', async () => {
    const lines: string[] = [];
    const out = new Writable({ write: (chunk, _encoding, done) => (lines.push(String(chunk)), done()) });
    await new EventExport(store).export({ types: ['UnitMoved'], fromPosition: 5 }, out, { format: 'csv' });
    const rows = lines.join('').trim().split('\n');
    expect(rows[0]).toBe('position,stream,revision,eventId,type,occurredAt,recordedAt,actor,onBehalfOf,commandId,correlationId,causationId,schemaVersion,data');
    expect(rows.slice(1).map((row) => row.split(',')[0])).toEqual(['6', '8', '10']);
    expect(rows[1]).toMatch(/,UnitMoved,2026-02-28T09:00:00.000Z,2026-03-05T00:00:00.000Z,tester,.*,1,"{""i"":5}"$/);
  });

  it('writes NDJSON lines that are the public events as JSON.stringify writes them', async () => {
    const metadata = { ...newEvent().metadata, actor: 'quote " and \\ back' };
    await store.append(
      'unit-"odd"\n:ü',
      [{ ...newEvent('UnitMoved', { to: 'WH "B"\n', n: [1.5, null, { ü: true }] }), metadata, requestHash: 'secret' }],
      'no_stream',
    );
    const lines: string[] = [];
    const out = new Writable({ write: (chunk, _encoding, done) => (lines.push(String(chunk)), done()) });
    await new EventExport(store).export({}, out, { format: 'ndjson' });
    const expected = (await store.readAll(0, 100)).map((event) => `${JSON.stringify(publicEvent(event))}\n`);
    expect(lines.join('')).toBe(expected.join(''));
    expect(lines.join('')).not.toContain('secret');
  });
});

async function waitUntil(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setImmediate(resolve));
}
