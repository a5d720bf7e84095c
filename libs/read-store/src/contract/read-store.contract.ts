import { CheckpointMoved, ReadModelDefinition, ReadStore } from '../read-store.port';

export type ReadStoreFactory = () => Promise<{ store: ReadStore; dispose: () => Promise<void> }>;

const items: ReadModelDefinition = {
  name: 'items',
  key: ['sku', 'serial'],
  fields: { sku: 'text', serial: 'text', lotId: 'text', status: 'text', revision: 'integer', tags: 'json' },
  indexes: [['lotId'], ['lotId', 'status']],
};
const counters: ReadModelDefinition = {
  name: 'counters',
  key: ['location'],
  fields: { location: 'text', count: 'integer' },
  indexes: [],
};

const item = (serial: string, lotId: string | null, status = 'in_stock') => ({
  op: 'upsert' as const,
  model: 'items',
  key: { sku: 'P', serial },
  set: { lotId, status, revision: 0 },
});

/** The behaviour every ReadStore adapter must have; run by each adapter's spec. */
export function readStoreContract(factory: ReadStoreFactory): void {
  let store: ReadStore;
  let dispose: () => Promise<void>;
  let position: number;

  // Applies a batch the way the projector does: each one that lands moves the checkpoint on by one.
  const apply = async (...changes: Parameters<ReadStore['apply']>[0]) => {
    await store.apply(changes, { name: 'test', expected: position, position: position + 1 });
    position++;
  };

  beforeEach(async () => {
    ({ store, dispose } = await factory());
    await store.register([items, counters]);
    position = 0;
  });
  afterEach(() => dispose());

  it('inserts with an upsert and updates only the fields given later', async () => {
    await apply({ op: 'upsert', model: 'items', key: { sku: 'P', serial: '1' }, set: { lotId: 'L1', status: 'in_stock', revision: 0, tags: ['a', { b: 1 }] } });
    await apply({ op: 'upsert', model: 'items', key: { sku: 'P', serial: '1' }, set: { status: 'sold', revision: 1 } });
    expect(await store.get('items', { sku: 'P', serial: '1' })).toEqual({
      sku: 'P',
      serial: '1',
      lotId: 'L1',
      status: 'sold',
      revision: 1,
      tags: ['a', { b: 1 }],
    });
  });

  it('applies batches given before the last one settled in the order given', async () => {
    const first = store.apply([item('1', 'L1')], { name: 'test', expected: 0, position: 1 });
    const second = store.apply([{ op: 'upsert', model: 'items', key: { sku: 'P', serial: '1' }, set: { status: 'sold' } }], {
      name: 'test',
      expected: 1,
      position: 2,
    });
    await Promise.all([first, second]);
    expect(await store.get('items', { sku: 'P', serial: '1' })).toMatchObject({ lotId: 'L1', status: 'sold' });
    expect(await store.checkpoint('test')).toBe(2);
  });

  it('updates every document matching an indexed filter, and no other', async () => {
    await apply(item('1', 'L1'), item('2', 'L1'), item('3', 'L2'));
    await apply({ op: 'update', model: 'items', where: { lotId: 'L1' }, set: { status: 'recalled' } });
    expect(await store.countBy('items', { lotId: 'L1' }, 'status')).toEqual({ recalled: 2 });
    expect(await store.get('items', { sku: 'P', serial: '3' })).toMatchObject({ status: 'in_stock' });
    await expect(apply({ op: 'update', model: 'items', where: { status: 'x' }, set: { status: 'y' } })).rejects.toThrow(/no index serves/);
  });

  it('applies a filtered update to what the batch inserted before it into an empty model, and checks it even with nothing to match', async () => {
    await expect(apply({ op: 'update', model: 'items', where: { status: 'x' }, set: { status: 'y' } })).rejects.toThrow(/no index serves/);
    await expect(apply({ op: 'update', model: 'items', where: { lotId: 'L1' }, set: { colour: 'red' } })).rejects.toThrow(/not declared/);
    await apply({ op: 'update', model: 'items', where: { lotId: 'L1' }, set: { status: 'recalled' } });
    await apply(item('1', 'L1'), { op: 'update', model: 'items', where: { lotId: 'L1' }, set: { status: 'recalled' } }, item('2', 'L1'));
    expect(await store.countBy('items', { lotId: 'L1' }, 'status')).toEqual({ recalled: 1, in_stock: 1 });
    await apply({ op: 'update', model: 'items', where: { lotId: 'L1' }, set: { status: 'sold' } });
    expect(await store.countBy('items', { lotId: 'L1' }, 'status')).toEqual({ sold: 2 });
  });

  it('answers null for a missing document', async () => {
    expect(await store.get('items', { sku: 'P', serial: 'none' })).toBeNull();
  });

  it('increments counters from zero, and deletes', async () => {
    await apply(
      { op: 'increment', model: 'counters', key: { location: 'A' }, by: { count: 2 } },
      { op: 'increment', model: 'counters', key: { location: 'A' }, by: { count: -1 } },
    );
    expect(await store.get('counters', { location: 'A' })).toEqual({ location: 'A', count: 1 });
    await apply({ op: 'delete', model: 'counters', key: { location: 'A' } });
    expect(await store.get('counters', { location: 'A' })).toBeNull();
  });

  it('pages by key with equality filters, including null', async () => {
    await apply(item('3', 'L1'), item('1', 'L1'), item('2', 'L2'), item('4', 'L1', 'sold'), item('5', null));
    const first = await store.page('items', { where: { lotId: 'L1' }, limit: 2 });
    expect(first.map((d) => d.serial)).toEqual(['1', '3']);
    const second = await store.page('items', { where: { lotId: 'L1' }, limit: 2, after: { sku: 'P', serial: '3' } });
    expect(second.map((d) => d.serial)).toEqual(['4']);
    expect((await store.page('items', { where: { lotId: 'L1', status: 'in_stock' }, limit: 10 })).map((d) => d.serial)).toEqual(['1', '3']);
    expect((await store.page('items', { where: { lotId: null }, limit: 10 })).map((d) => d.serial)).toEqual(['5']);
    expect((await store.page('items', { where: {}, limit: 10 })).map((d) => d.serial)).toEqual(['1', '2', '3', '4', '5']);
  });

  it('refuses a filter that no declared index serves', async () => {
    await expect(store.page('items', { where: { status: 'sold' }, limit: 1 })).rejects.toThrow(/no index serves/);
  });

  it('refuses fields and models that were not declared', async () => {
    await expect(apply({ op: 'upsert', model: 'items', key: { sku: 'P', serial: '1' }, set: { 'x" = 1; --': 1 } })).rejects.toThrow(/not declared/);
    await expect(apply({ op: 'increment', model: 'counters', key: { location: 'A' }, by: { other: 1 } })).rejects.toThrow(/not declared/);
    await expect(store.get('nothing', { id: 1 })).rejects.toThrow(/not registered/);
  });

  it('counts documents by the values of a field', async () => {
    await apply(item('1', 'L1'), item('2', 'L1', 'sold'), item('3', 'L1', 'sold'), item('4', 'L2'));
    expect(await store.countBy('items', { lotId: 'L1' }, 'status')).toEqual({ in_stock: 1, sold: 2 });
  });

  it('counts the distinct values of a field, no value not being one, through an index only', async () => {
    await apply(item('1', 'L1'), item('2', 'L1', 'sold'), item('3', 'L1', 'sold'), item('4', 'L2'), item('5', null, 'sold'));
    expect(await store.countDistinct('items', { lotId: 'L1' }, 'status')).toBe(2);
    expect(await store.countDistinct('items', { lotId: 'L9' }, 'status')).toBe(0);
    expect(await store.countDistinct('items', { lotId: 'L1' }, 'serial')).toBe(3);
    expect(await store.countDistinct('items', {}, 'lotId')).toBe(2);
    await expect(store.countDistinct('items', { colour: 'red' }, 'status')).rejects.toThrow();
  });

  it('moves the checkpoint with the batch, starting from 0', async () => {
    expect(await store.checkpoint('test')).toBe(0);
    await store.apply([item('1', 'L1')], { name: 'test', expected: 0, position: 42 });
    expect(await store.checkpoint('test')).toBe(42);
    expect(await store.checkpoint('other')).toBe(0);
  });

  it('applies nothing when the checkpoint was moved by another writer', async () => {
    await store.apply([], { name: 'test', expected: 0, position: 10 });
    await expect(store.apply([item('1', 'L1')], { name: 'test', expected: 5, position: 20 })).rejects.toBeInstanceOf(CheckpointMoved);
    expect(await store.get('items', { sku: 'P', serial: '1' })).toBeNull();
    expect(await store.checkpoint('test')).toBe(10);
  });

  it('applies nothing of a batch that fails part-way', async () => {
    await expect(store.apply([item('1', 'L1'), { op: 'delete', model: 'nothing', key: {} }], { name: 'test', expected: 0, position: 5 })).rejects.toThrow();
    expect(await store.get('items', { sku: 'P', serial: '1' })).toBeNull();
    expect(await store.checkpoint('test')).toBe(0);
  });

  it('registers the same models again without losing data', async () => {
    await apply(item('1', 'L1'));
    await store.register([items, counters]);
    expect(await store.get('items', { sku: 'P', serial: '1' })).not.toBeNull();
  });

  it('takes a field added to a registered model, empty on the documents written before it', async () => {
    await apply(item('1', 'L1'));
    const grown = { ...items, fields: { ...items.fields, container: 'text' as const }, indexes: [...items.indexes, ['container']] };
    await store.register([grown, counters]);
    expect(await store.get('items', { sku: 'P', serial: '1' })).toMatchObject({ lotId: 'L1', container: null });
    await apply({ op: 'upsert', model: 'items', key: { sku: 'P', serial: '2' }, set: { lotId: 'L1', container: 'C1' } });
    expect(await store.page('items', { where: { container: 'C1' }, limit: 10 })).toMatchObject([{ serial: '2' }]);
  });

  it('answers the same while secondary indexes are deferred, and after they are built by registering again', async () => {
    const loaded = { ...items, name: 'loaded_items' };
    const into = (change: ReturnType<typeof item>) => ({ ...change, model: loaded.name });
    await store.register([loaded], { deferIndexes: true });
    await apply(into(item('1', 'L1')), into(item('2', 'L1')), into(item('3', 'L2')));
    await apply({ op: 'update', model: loaded.name, where: { lotId: 'L1' }, set: { status: 'recalled' } });
    const answers = async () => ({
      counts: await store.countBy(loaded.name, { lotId: 'L1' }, 'status'),
      page: (await store.page(loaded.name, { where: { lotId: 'L2', status: 'in_stock' }, limit: 10 })).map((d) => d.serial),
    });
    const expected = { counts: { recalled: 2 }, page: ['3'] };
    expect(await answers()).toEqual(expected);
    await store.register([loaded]);
    expect(await answers()).toEqual(expected);
    await expect(apply({ op: 'update', model: loaded.name, where: { status: 'x' }, set: { status: 'y' } })).rejects.toThrow(/no index serves/);
  });

  it('filters a page by a list of values, in key order, with paging', async () => {
    await apply(item('1', 'L1'), item('2', 'L1'), item('3', 'L1'), item('4', 'L2'));
    const serials = async (query: Parameters<ReadStore['page']>[1]) => (await store.page('items', query)).map((d) => d.serial);
    expect(await serials({ where: { sku: 'P', serial: ['3', '1', '4', 'none'] }, limit: 10 })).toEqual(['1', '3', '4']);
    expect(await serials({ where: { sku: 'P', serial: ['3', '1', '4'] }, limit: 2, after: { sku: 'P', serial: '1' } })).toEqual(['3', '4']);
    expect(await serials({ where: { lotId: ['L2'] }, limit: 10 })).toEqual(['4']);
    expect(await serials({ where: { sku: 'P', serial: [] }, limit: 10 })).toEqual([]);
  });

  it('narrows a page beyond its index: filters and ranges on other fields, still in key order and paged', async () => {
    await apply(item('1', 'L1'), item('2', 'L1', 'sold'), item('3', 'L1'), item('4', 'L2'), item('5', 'L1'));
    await apply({ op: 'upsert', model: 'items', key: { sku: 'P', serial: '3' }, set: { revision: 7 } });
    const serials = async (query: Parameters<ReadStore['page']>[1]) => (await store.page('items', query)).map((d) => d.serial);
    expect(await serials({ where: { lotId: 'L1', serial: '3' }, limit: 10 })).toEqual(['3']);
    expect(await serials({ where: { lotId: 'L1' }, ranges: { revision: { from: 1 } }, limit: 10 })).toEqual(['3']);
    expect(await serials({ where: { lotId: 'L1', status: 'in_stock' }, ranges: { serial: { from: '2', before: '5' } }, limit: 10 })).toEqual(['3']);
    expect(await serials({ where: { lotId: 'L1', revision: 0 }, limit: 2 })).toEqual(['1', '2']);
    expect(await serials({ where: { lotId: 'L1', revision: 0 }, limit: 2, after: { sku: 'P', serial: '2' } })).toEqual(['5']);
    expect(await serials({ where: {}, ranges: { lotId: { before: 'L2' } }, limit: 10 })).toEqual(['1', '2', '3', '5']);
    await expect(store.page('items', { where: { status: 'sold', revision: 0 }, limit: 1 })).rejects.toThrow(/no index serves/);
    await expect(store.page('items', { where: { lotId: 'L1' }, ranges: { colour: { from: 'a' } }, limit: 1 })).rejects.toThrow(/not declared/);
  });

  describe('ordered pages', () => {
    const dated: ReadModelDefinition = {
      name: 'dated',
      key: ['id'],
      fields: { id: 'text', kind: 'text', at: 'text', size: 'integer' },
      indexes: [['at'], ['kind', 'at']],
    };
    const row = (id: string, kind: string, at: string | null, size = 1) => ({ op: 'upsert' as const, model: 'dated', key: { id }, set: { kind, at, size } });
    const ids = async (query: Omit<Parameters<ReadStore['page']>[1], 'limit'> & { limit?: number }) =>
      (await store.page('dated', { limit: 10, ...query })).map((d) => d.id);

    beforeEach(async () => {
      await store.register([dated]);
      await apply(row('a', 'x', '2026-01-03'), row('b', 'y', '2026-01-01'), row('c', 'x', '2026-01-02'), row('d', 'x', '2026-01-02', 5), row('e', 'x', null));
    });

    it('orders by the field then the key, either way, leaving out documents without a value', async () => {
      expect(await ids({ where: {}, order: { by: 'at' } })).toEqual(['b', 'c', 'd', 'a']);
      expect(await ids({ where: {}, order: { by: 'at', descending: true } })).toEqual(['a', 'd', 'c', 'b']);
      expect(await ids({ where: { kind: 'x' }, order: { by: 'at', descending: true } })).toEqual(['a', 'd', 'c']);
    });

    it('takes a range on the order field, and narrows by other fields', async () => {
      expect(await ids({ where: {}, order: { by: 'at' }, ranges: { at: { from: '2026-01-02', before: '2026-01-03' } } })).toEqual(['c', 'd']);
      expect(await ids({ where: { kind: 'x' }, order: { by: 'at', descending: true }, ranges: { at: { before: '2026-01-03' } } })).toEqual(['d', 'c']);
      expect(await ids({ where: { kind: 'x', size: 5 }, order: { by: 'at' } })).toEqual(['d']);
    });

    it('pages after the last document of the previous page, ties on the order field broken by the key', async () => {
      const descending = { where: { kind: 'x' }, order: { by: 'at', descending: true }, limit: 2 };
      expect(await ids(descending)).toEqual(['a', 'd']);
      expect(await ids({ ...descending, after: { at: '2026-01-02', id: 'd' } })).toEqual(['c']);
      expect(await ids({ where: {}, order: { by: 'at' }, limit: 2, after: { at: '2026-01-02', id: 'c' } })).toEqual(['d', 'a']);
    });

    it('refuses an order no declared index serves, and a cursor without the order field', async () => {
      await expect(store.page('dated', { where: {}, order: { by: 'size' }, limit: 1 })).rejects.toThrow(/no index serves/);
      await expect(store.page('dated', { where: { size: 1 }, order: { by: 'at' }, limit: 1 })).rejects.toThrow(/no index serves/);
      await expect(store.page('dated', { where: { kind: 'x' }, order: { by: 'kind' }, limit: 1 })).rejects.toThrow(/both filtered/);
      await expect(store.page('dated', { where: {}, order: { by: 'at' }, limit: 1, after: { id: 'a' } })).rejects.toThrow(/resumes after \(at, id\)/);
    });
  });

  describe('copy', () => {
    const firsts: ReadModelDefinition = {
      name: 'firsts',
      key: ['lotId'],
      fields: { lotId: 'text', serial: 'text', status: 'text', tags: 'json', note: 'text' },
      indexes: [],
    };
    const copyFirsts = (lotIds: string[]) => ({
      op: 'copy' as const,
      model: 'firsts',
      from: 'items',
      where: { lotId: lotIds },
      fields: { lotId: 'lotId', serial: 'serial', status: 'status', tags: 'tags' },
      set: { note: 'copied' },
    });
    const first = (lotId: string) => store.get('firsts', { lotId });

    beforeEach(() => store.register([firsts]));

    it('inserts one document per matching source, the first in key order winning, with the constant fields', async () => {
      await apply(item('2', 'L1'), { ...item('1', 'L1'), set: { lotId: 'L1', status: 'in_stock', revision: 0, tags: ['x'] } }, item('3', 'L3'));
      await apply(copyFirsts(['L1', 'L2']));
      expect(await first('L1')).toEqual({ lotId: 'L1', serial: '1', status: 'in_stock', tags: ['x'], note: 'copied' });
      expect(await first('L3')).toBeNull();
    });

    it('copies by a list of one and by a longer list alike, whichever came first', async () => {
      await apply(item('1', 'L1'), item('2', 'L2'), item('3', 'L3'));
      await apply(copyFirsts(['L1']));
      await apply(copyFirsts(['L2', 'L3']));
      expect((await store.page('firsts', { where: {}, limit: 10 })).map((d) => d.serial)).toEqual(['1', '2', '3']);
    });

    it('keeps a document that is already there', async () => {
      await apply(item('1', 'L1'), { op: 'upsert', model: 'firsts', key: { lotId: 'L1' }, set: { serial: 'kept' } });
      await apply(copyFirsts(['L1']));
      expect(await first('L1')).toMatchObject({ serial: 'kept', note: null });
    });

    it('sees the changes before it in its batch and none after it', async () => {
      await apply(
        item('1', 'L1'),
        copyFirsts(['L1']),
        { ...item('1', 'L1'), set: { status: 'sold' } },
        { op: 'upsert', model: 'firsts', key: { lotId: 'L1' }, set: { note: 'later' } },
      );
      expect(await first('L1')).toMatchObject({ status: 'in_stock', note: 'later' });
      expect(await store.get('items', { sku: 'P', serial: '1' })).toMatchObject({ status: 'sold' });
    });

    it('refuses a filter no index serves and a copy that leaves out the key, applying nothing', async () => {
      await expect(apply(item('1', 'L1'), { ...copyFirsts([]), where: { status: 'in_stock' } })).rejects.toThrow(/no index serves/);
      await expect(apply({ ...copyFirsts(['L1']), fields: { serial: 'serial' } })).rejects.toThrow(/must give its key/);
      expect(await store.get('items', { sku: 'P', serial: '1' })).toBeNull();
    });
  });

  it('drops a model with its documents; it can be registered again, empty', async () => {
    await apply(item('1', 'L1'));
    await store.drop('items');
    await expect(store.get('items', { sku: 'P', serial: '1' })).rejects.toThrow(/not registered/);
    await store.drop('items');
    await store.register([items]);
    expect(await store.get('items', { sku: 'P', serial: '1' })).toBeNull();
    expect(await store.get('counters', { location: 'A' })).toBeNull();
  });

  it('stores a negative checkpoint (how a retired read-model generation is marked)', async () => {
    await store.apply([], { name: 'test', expected: 0, position: 7 });
    await store.apply([], { name: 'test', expected: 7, position: -1 });
    expect(await store.checkpoint('test')).toBe(-1);
  });
}
