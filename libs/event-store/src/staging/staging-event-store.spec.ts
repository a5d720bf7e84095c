import { eventStoreContract, newEvent } from '../contract/event-store.contract';
import { WrongExpectedRevision } from '../event-store.port';
import { InMemoryEventStore } from '../in-memory/in-memory-event-store';
import { StagingEventStore } from './staging-event-store';

describe('StagingEventStore', () => {
  describe('outside a stage, it is the store it wraps', () => {
    eventStoreContract(async (clock) => ({ store: new StagingEventStore(new InMemoryEventStore(clock)), dispose: async () => undefined }));

    it("hands on the wrapped store's append signal, which a process relays to a thread that follows the log", () => {
      const base = new InMemoryEventStore();
      expect(new StagingEventStore(base).appended).toBe(base.appended);
    });
  });

  describe('inside a stage', () => {
    let base: InMemoryEventStore;
    let store: StagingEventStore;
    beforeEach(() => {
      base = new InMemoryEventStore();
      store = new StagingEventStore(base);
    });

    it('shows staged events to the work that staged them and to nothing else until it commits', async () => {
      await base.append('s-1', [newEvent('A')], 'no_stream');
      await store.staged(async (stage) => {
        await store.append('s-1', [newEvent('B')], 0);
        await store.append('s-2', [newEvent('C')], 'no_stream');
        expect((await store.readStream('s-1')).map((event) => event.type)).toEqual(['A', 'B']);
        expect(await base.readStream('s-2')).toEqual([]);
        expect(stage.size).toBe(2);
        await stage.commit();
      });
      expect((await base.readStream('s-1')).map((event) => [event.type, event.revision])).toEqual([
        ['A', 0],
        ['B', 1],
      ]);
      expect((await store.readStream('s-2')).map((event) => event.type)).toEqual(['C']);
    });

    it('reads the streams it has not touched yet from the store in one read, and shows the rest as staged', async () => {
      await base.append('s-1', [newEvent('A')], 'no_stream');
      await base.append('s-2', [newEvent('B')], 'no_stream');
      const reads = jest.spyOn(base, 'readStreams');
      const single = jest.spyOn(base, 'readStream');
      await store.staged(async () => {
        await store.append('s-1', [newEvent('C')], 0);
        const read = await store.readStreams(['s-1', 's-2', 's-3', 's-2']);
        expect([...read].map(([stream, events]) => [stream, events.map((event) => event.type)])).toEqual([
          ['s-1', ['A', 'C']],
          ['s-2', ['B']],
          ['s-3', []],
        ]);
        expect(reads).toHaveBeenCalledTimes(1);
        expect(reads).toHaveBeenCalledWith(['s-2', 's-3']);
        // Read once, the streams are the stage's: later reads and appends never go back to the store.
        await store.append('s-3', [newEvent('D')], 'no_stream');
        expect((await store.readStream('s-3')).map((event) => event.type)).toEqual(['D']);
        expect((await store.readStreams(['s-2', 's-3'])).get('s-3')?.map((event) => event.type)).toEqual(['D']);
        expect(reads).toHaveBeenCalledTimes(1);
        expect(single).toHaveBeenCalledTimes(1);
      });
    });

    it('checks expectations against what is stored and staged, and recognises a retried append', async () => {
      await store.staged(async () => {
        const first = [newEvent('A')];
        await store.append('s-1', first, 'no_stream');
        await expect(store.append('s-1', [newEvent('B')], 'no_stream')).rejects.toBeInstanceOf(WrongExpectedRevision);
        expect(await store.append('s-1', first, 'no_stream')).toEqual({ revision: 0, position: 0 });
        const results = await store.appendMany([
          { stream: 's-1', events: [newEvent('C')], expected: 5 },
          { stream: 's-3', events: [newEvent('D')], expected: 'no_stream' },
        ]);
        expect(results[0]).toBeInstanceOf(WrongExpectedRevision);
        expect(results[1]).toEqual({ revision: 0, position: 0 });
        await expect(
          store.appendAll([
            { stream: 's-4', events: [newEvent('E')], expected: 'no_stream' },
            { stream: 's-1', events: [newEvent('F')], expected: 'no_stream' },
          ]),
        ).rejects.toBeInstanceOf(WrongExpectedRevision);
        expect(await store.readStream('s-4')).toEqual([]);
      });
    });

    it('undoes back to a mark, and drops everything that never commits', async () => {
      await store.staged(async (stage) => {
        await store.append('s-1', [newEvent('A')], 'no_stream');
        const mark = stage.mark();
        await store.append('s-1', [newEvent('B')], 0);
        await store.append('s-2', [newEvent('C')], 'no_stream');
        stage.undo(mark);
        expect((await store.readStream('s-1')).map((event) => event.type)).toEqual(['A']);
        expect(await store.readStream('s-2')).toEqual([]);
        await store.append('s-2', [newEvent('D')], 'no_stream');
      });
      expect(await base.headPosition()).toBe(0);
    });

    it('reads a stream from the store once, however many read it at once, and hands each read what was staged by then', async () => {
      await base.append('s-1', [newEvent('A')], 'no_stream');
      const reads = jest.spyOn(base, 'readStream');
      await store.staged(async () => {
        const [first, second] = await Promise.all([store.readStream('s-1'), store.readStream('s-1')]);
        expect(first).toBe(second);
        await store.append('s-1', [newEvent('B')], 0);
        expect(first.map((event) => event.type)).toEqual(['A']);
        const after = await store.readStream('s-1');
        expect(after.map((event) => [event.type, event.revision])).toEqual([
          ['A', 0],
          ['B', 1],
        ]);
        expect(Object.isFrozen(after)).toBe(true);
      });
      expect(reads).toHaveBeenCalledTimes(1);
    });

    it('commits streams in the order of their first append, not of their first read', async () => {
      await store.staged(async (stage) => {
        await store.readStream('s-2');
        await store.append('s-1', [newEvent('A')], 'no_stream');
        await store.append('s-2', [newEvent('B')], 'no_stream');
        await stage.commit();
      });
      expect((await base.readAll(0, 10)).map((event) => event.stream)).toEqual(['s-1', 's-2']);
    });

    it('reads a stream again after a read of it failed', async () => {
      const reads = jest.spyOn(base, 'readStream').mockRejectedValueOnce(new Error('unreachable'));
      await store.staged(async () => {
        await expect(store.readStream('s-1')).rejects.toThrow('unreachable');
        expect(await store.readStream('s-1')).toEqual([]);
      });
      expect(reads).toHaveBeenCalledTimes(2);
    });

    it('commits at the revisions it read: a stream changed meanwhile fails the whole commit', async () => {
      await base.append('s-1', [newEvent('A')], 'no_stream');
      await expect(
        store.staged(async (stage) => {
          await store.append('s-2', [newEvent('B')], 'no_stream');
          await store.append('s-1', [newEvent('C')], 0);
          await base.append('s-1', [newEvent('X')], 0);
          return stage.commit();
        }),
      ).rejects.toBeInstanceOf(WrongExpectedRevision);
      expect(await base.readStream('s-2')).toEqual([]);
    });
  });
});
