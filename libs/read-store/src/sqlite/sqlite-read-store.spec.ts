import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readStoreContract } from '../contract/read-store.contract';
import { Change, ReadModelDefinition } from '../read-store.port';
import { SqliteReadStore } from './sqlite-read-store';
import { indexNames } from './testing/index-names';

describe('SqliteReadStore', () => {
  readStoreContract(async () => {
    const store = new SqliteReadStore({ file: ':memory:' });
    return { store, dispose: () => store.close() };
  });

  describe('committing in its writer thread', () => {
    const open = () => {
      const dir = mkdtempSync(join(tmpdir(), 'trace-sqlite-writer-thread-'));
      const store = new SqliteReadStore({ file: join(dir, 'read.sqlite'), writerThread: true });
      return {
        store,
        dispose: async () => {
          await store.close();
          rmSync(dir, { recursive: true, force: true });
        },
      };
    };
    readStoreContract(async () => open());

    it('changes nothing, not even the checkpoint, when SQLite refuses a statement of the batch', async () => {
      const { store, dispose } = open();
      try {
        const items: ReadModelDefinition = { name: 'items', key: ['serial'], fields: { serial: 'text', status: 'text' }, indexes: [] };
        await store.register([items]);
        const refused = store.apply(
          [
            { op: 'upsert', model: 'items', key: { serial: '1' }, set: { status: 'in_stock' } },
            { op: 'upsert', model: 'items', key: { serial: null }, set: { status: 'in_stock' } },
          ],
          { name: 'test', expected: 0, position: 1 },
        );
        await expect(refused).rejects.toThrow(/NOT NULL/);
        expect(await store.get('items', { serial: '1' })).toBeNull();
        expect(await store.checkpoint('test')).toBe(0);
      } finally {
        await dispose();
      }
    });
  });

  describe('deferred indexes', () => {
    const units: ReadModelDefinition = {
      name: 'units',
      key: ['serial'],
      fields: { serial: 'text', lotId: 'text', location: 'text' },
      indexes: [['lotId'], ['location']],
    };
    const moved: Change = { op: 'update', model: 'units', where: { lotId: 'L1' }, set: { location: 'B' } };
    let dir: string;
    let store: SqliteReadStore;
    let position: number;
    const indexes = () => indexNames(join(dir, 'read.sqlite'), 'units');
    const apply = async (...changes: Change[]) => {
      await store.apply(changes, { name: 'test', expected: position, position: position + 1 });
      position++;
    };

    beforeEach(async () => {
      dir = mkdtempSync(join(tmpdir(), 'trace-sqlite-read-store-'));
      store = new SqliteReadStore({ file: join(dir, 'read.sqlite') });
      await store.register([units], { deferIndexes: true });
      position = 0;
    });
    afterEach(async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    });

    it('creates only the index a filtered update needs, then the others when registered again', async () => {
      await apply({ op: 'upsert', model: 'units', key: { serial: '1' }, set: { lotId: 'L1', location: 'A' } });
      expect(indexes()).toEqual([]);
      await apply(moved);
      expect(indexes()).toEqual(['units__lotId']);
      await store.register([units]);
      expect(indexes()).toEqual(['units__location', 'units__lotId']);
    });

    it('creates the index an update needs again after the batch that created it failed', async () => {
      await expect(apply(moved, { op: 'delete', model: 'nothing', key: {} })).rejects.toThrow(/not registered/);
      expect(indexes()).toEqual([]);
      await apply(moved);
      expect(indexes()).toEqual(['units__lotId']);
    });
  });
});
