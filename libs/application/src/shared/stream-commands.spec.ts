import { loadConfig } from '@trace/config';
import { Conflict, lotStream } from '@trace/domain';
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
});
