import { describeWhenSet } from '@trace/shared/testing/describe-when-set';
import { MongoClient } from 'mongodb';
import { randomUUID } from 'node:crypto';
import { readStoreContract } from '../contract/read-store.contract';
import { CheckpointMoved, ReadModelDefinition } from '../read-store.port';
import { MongoReadStore } from './mongodb-read-store';

describeWhenSet(['MONGODB_URI'], 'MongoDB read store', (env) => {
  // Each store gets a database of its own, dropped afterwards.
  const databases: string[] = [];
  const open = (database = `trace_test_${randomUUID().slice(0, 8)}`) => {
    databases.push(database);
    return new MongoReadStore({ uri: env.MONGODB_URI, database });
  };
  afterAll(async () => {
    const client = new MongoClient(env.MONGODB_URI);
    for (const database of databases) await client.db(database).dropDatabase();
    await client.close();
  });

  describe('contract', () => {
    readStoreContract(async () => {
      const store = open();
      return { store, dispose: () => store.close() };
    });
  });

  it('lets one of two writers that read the same checkpoint apply its batch, and refuses the other', async () => {
    const database = `trace_test_${randomUUID().slice(0, 8)}`;
    const [a, b] = [open(database), open(database)];
    const model: ReadModelDefinition = { name: 'counters', key: ['location'], fields: { location: 'text', count: 'integer' }, indexes: [] };
    await a.register([model]);
    await b.register([model]);
    const batch = [{ op: 'increment' as const, model: 'counters', key: { location: 'A' }, by: { count: 1 } }];
    const outcomes = await Promise.allSettled([
      a.apply(batch, { name: 'race', expected: 0, position: 1 }),
      b.apply(batch, { name: 'race', expected: 0, position: 1 }),
    ]);
    expect(outcomes.filter((outcome) => outcome.status === 'fulfilled')).toHaveLength(1);
    expect(outcomes.find((outcome) => outcome.status === 'rejected')).toMatchObject({ reason: expect.any(CheckpointMoved) });
    expect(await a.get('counters', { location: 'A' })).toEqual({ location: 'A', count: 1 });
    await Promise.all([a.close(), b.close()]);
  });
});
