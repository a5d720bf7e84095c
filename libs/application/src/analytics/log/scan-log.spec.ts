import { InMemoryEventStore } from '@trace/event-store/in-memory';
import { newEvent } from '@trace/event-store/contract/event-store.contract';
import { eventMatcher } from './event-filter';
import { scanLog, scanRange } from './scan-log';

describe('scanning the log', () => {
  it('filters by time window (end excluded), type, stream prefix and first position', () => {
    const event = { stream: 'unit-P:1', type: 'UnitMoved', occurredAt: '2026-03-02T00:00:00.000Z', recordedAt: '2026-03-05T00:00:00.000Z' };
    const matches = (filter: Parameters<typeof eventMatcher>[0]) => eventMatcher(filter)(event as never);
    expect(matches({ fromTime: '2026-03-02', toTime: '2026-03-03T00:00:00+01:00' })).toBe(true);
    expect(matches({ toTime: '2026-03-02T00:00:00Z' })).toBe(false);
    expect(matches({ fromTime: '2026-03-03', timeField: 'recordedAt' })).toBe(true);
    expect(matches({ types: ['UnitSold', 'UnitMoved'], streamPrefix: 'unit-P:' })).toBe(true);
    expect(matches({ types: ['UnitSold'] })).toBe(false);
    expect(matches({ streamPrefix: 'lot-' })).toBe(false);
  });

  it('reads pages from the first position asked for up to the head it found, even while the log grows', async () => {
    const store = new InMemoryEventStore();
    for (let i = 0; i < 7; i++) await store.append(`unit-${i}`, [newEvent(i % 2 ? 'A' : 'B')], 'no_stream');
    const range = await scanRange(store, { fromPosition: 2, types: ['A'] });
    expect(range).toEqual({ start: 1, head: 7 });
    const pages = [];
    for await (const page of scanLog((after, limit) => store.readAll(after, limit), { types: ['A'] }, range, { pageSize: 3 })) {
      pages.push({ positions: page.events.map((e) => e.position), position: page.position });
      await store.append('unit-late', [newEvent('A')], 'any');
    }
    expect(pages).toEqual([
      { positions: [2, 4], position: 4 },
      { positions: [6], position: 7 },
    ]);
  });
});
