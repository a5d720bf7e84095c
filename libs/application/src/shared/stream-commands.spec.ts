import { loadConfig } from '@trace/config';
import { Conflict, DomainEvent, lotStream } from '@trace/domain';
import { InMemoryEventStore } from '@trace/event-store/in-memory';
import { WrongExpectedRevision } from '@trace/event-store';
import { CommandContext } from './command-context';
import { StreamCommands } from './stream-commands';

/** A store whose look-up of an earlier attempt finds an interrupted write it cannot complete (another writer won). */
class InterruptedStore extends InMemoryEventStore {
  override async readByCommand(): Promise<never> {
    throw new WrongExpectedRevision(lotStream('L'), 3, 4);
  }
}

const context: CommandContext = {
  commandId: 'c0ffee00-0000-4000-8000-000000000001',
  idempotent: true,
  requestHash: 'h',
  correlationId: 'c',
  causationId: 'c',
  actor: 'test',
  onBehalfOf: null,
};

describe('stream commands', () => {
  it('answers 409 when the earlier attempt of a retried command cannot be completed, appending nothing', async () => {
    const store = new InterruptedStore();
    const commands = new StreamCommands(store, () => new Date(), loadConfig({}));
    await expect(commands.executeAll(context, new Date().toISOString(), async () => [])).rejects.toThrow(Conflict);
    await expect(commands.executeAll(context, new Date().toISOString(), async () => [])).rejects.toThrow(/lot-L changed meanwhile/);
    expect(await store.headPosition()).toBe(0);
  });

  it('decides again on what another writer appended after the read it was given, and appends once', async () => {
    const store = new InMemoryEventStore();
    const commands = new StreamCommands(store, () => new Date(), loadConfig({}));
    const counting = { initialState: () => 0, evolve: (count: number) => count + 1 };
    const stream = 'count-1';
    const noted = (count: number): DomainEvent[] => [{ type: 'Noted', data: { after: count } } as unknown as DomainEvent];
    const fresh = { ...context, idempotent: false };
    const read = await commands.state(stream, counting);
    await commands.execute({
      stream,
      decider: counting,
      decide: noted,
      context: { ...fresh, commandId: 'c0ffee00-0000-4000-8000-000000000002' },
      occurredAt: '2026-05-01T00:00:00.000Z',
    });
    const late = {
      stream,
      decider: counting,
      decide: noted,
      context: { ...fresh, commandId: 'c0ffee00-0000-4000-8000-000000000003' },
      occurredAt: '2026-05-01T00:00:00.000Z',
    };
    expect(await commands.execute(late, read)).toMatchObject({ revision: 1 });
    expect((await store.readStream(stream)).map((event) => event.data)).toEqual([{ after: 0 }, { after: 1 }]);
  });
});
