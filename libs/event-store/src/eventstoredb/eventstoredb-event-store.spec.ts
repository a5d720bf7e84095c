import { describeWhenSet } from '@trace/shared/testing/describe-when-set';
import { CONTRACT_STREAM_PREFIX, eventStoreContract } from '../contract/event-store.contract';
import { EventStoreDbEventStore } from './eventstoredb-event-store';

// A real server keeps what every run wrote and stamps events with its own clock; the suite's streams are apart.
describeWhenSet(['EVENTSTORE_CONNECTION_STRING'], 'EventStoreDB event store contract', (env) => {
  eventStoreContract(
    async () => {
      const store = new EventStoreDbEventStore({ connectionString: env.EVENTSTORE_CONNECTION_STRING, streamPrefixes: [CONTRACT_STREAM_PREFIX] });
      return { store, dispose: () => store.close() };
    },
    { serverClock: true, sharedLog: true },
  );
});
