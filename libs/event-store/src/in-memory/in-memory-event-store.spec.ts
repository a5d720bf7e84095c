import { eventStoreContract } from '../contract/event-store.contract';
import { InMemoryEventStore } from './in-memory-event-store';

describe('InMemoryEventStore', () => {
  eventStoreContract(async (clock) => ({ store: new InMemoryEventStore(clock), dispose: async () => undefined }));
});
