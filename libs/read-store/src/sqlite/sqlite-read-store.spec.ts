import { readStoreContract } from '../contract/read-store.contract';
import { SqliteReadStore } from './sqlite-read-store';

describe('SqliteReadStore', () => {
  readStoreContract(async () => {
    const store = new SqliteReadStore({ file: ':memory:' });
    return { store, dispose: () => store.close() };
  });
});
