import { WrongExpectedRevision } from '@trace/event-store';
import { SqliteEventStore } from '@trace/event-store/sqlite';
import { OpenAppender } from './appender';

/** Our SqliteEventStore, through its port: expected revisions and idempotency checks included. */
export const openOurStore: OpenAppender = async (file, durability) => {
  const store = new SqliteEventStore({ file, synchronous: durability });
  return {
    async appendOne({ stream, events, expected }) {
      await store.append(stream, events, expected);
    },
    async appendBatch(requests) {
      const refused = (await store.appendMany(requests)).find((result) => result instanceof WrongExpectedRevision);
      if (refused) throw refused;
    },
    close: () => store.close(),
  };
};
