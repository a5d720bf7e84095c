import { ModelGuard } from '../model-guard';
import { Change } from '../read-store.port';
import { copiedDocument } from './copy-write';
import { BulkWrite, CopyWrite, writePlan } from './write-plan';

const guard = new ModelGuard();
guard.add({
  name: 'units',
  key: ['sku', 'serial'],
  fields: { sku: 'text', serial: 'text', lotId: 'text', status: 'text', count: 'integer' },
  indexes: [['lotId']],
});
guard.add({ name: 'stock', key: ['location'], fields: { location: 'text', count: 'integer' }, indexes: [] });

const unit = { sku: 'P', serial: 'S1' };
const upsert = (set: Record<string, unknown>, key = unit): Change => ({ op: 'upsert', model: 'units', key, set });
const increment = (by: number, location = 'A'): Change => ({ op: 'increment', model: 'stock', key: { location }, by: { count: by } });

// Without copies, a plan is bulk writes only.
const bulkPlan = (changes: Change[], on: ModelGuard) => writePlan(changes, on) as BulkWrite[];

describe('MongoDB write plan', () => {
  it('folds the changes of one document into one upsert, and groups documents by collection', () => {
    expect(bulkPlan([upsert({ lotId: 'L1', status: 'in_stock' }), increment(2), upsert({ status: 'sold' }), increment(-1), increment(1, 'B')], guard)).toEqual([
      {
        collection: 'units',
        operations: [{ updateOne: { filter: unit, update: { $set: { lotId: 'L1', status: 'sold', ...unit } }, upsert: true } }],
      },
      {
        collection: 'stock',
        operations: [
          { updateOne: { filter: { location: 'A' }, update: { $set: { location: 'A' }, $inc: { count: 1 } }, upsert: true } },
          { updateOne: { filter: { location: 'B' }, update: { $set: { location: 'B' }, $inc: { count: 1 } }, upsert: true } },
        ],
      },
    ]);
  });

  it('keeps the meaning of a sequence on one document: set after increment, increment after set', () => {
    const plan = (...changes: Change[]) => bulkPlan(changes, guard)[0].operations[0];
    expect(plan({ op: 'increment', model: 'units', key: unit, by: { count: 5 } }, upsert({ count: 1 }))).toEqual({
      updateOne: { filter: unit, update: { $set: { count: 1, ...unit } }, upsert: true },
    });
    expect(plan(upsert({ count: null }), { op: 'increment', model: 'units', key: unit, by: { count: 5 } })).toEqual({
      updateOne: { filter: unit, update: { $set: { count: 5, ...unit } }, upsert: true },
    });
  });

  it('turns delete-then-write into a replacement and write-then-delete into a delete, whatever the driver reorders', () => {
    const deleted: Change = { op: 'delete', model: 'units', key: unit };
    expect(bulkPlan([upsert({ status: 'sold' }), deleted], guard)[0].operations).toEqual([{ deleteOne: { filter: unit } }]);
    expect(
      bulkPlan([upsert({ lotId: 'L1' }), deleted, upsert({ status: 'sold' }), { op: 'increment', model: 'units', key: unit, by: { count: 2 } }], guard)[0]
        .operations,
    ).toEqual([{ replaceOne: { filter: unit, replacement: { status: 'sold', count: 2, ...unit }, upsert: true } }]);
  });

  it('runs a filtered update after what came before it and before what follows', () => {
    const recalled: Change = { op: 'update', model: 'units', where: { lotId: 'L1' }, set: { status: 'recalled' } };
    expect(bulkPlan([upsert({ lotId: 'L1' }), recalled, upsert({ status: 'repaired' })], guard).map((write) => Object.keys(write.operations[0]))).toEqual([
      ['updateOne'],
      ['updateMany'],
      ['updateOne'],
    ]);
    expect(bulkPlan([recalled], guard)[0].operations).toEqual([{ updateMany: { filter: { lotId: 'L1' }, update: { $set: { status: 'recalled' } } } }]);
  });

  it('stores an absent value as null, like the SQLite adapter', () => {
    expect(bulkPlan([upsert({ lotId: undefined })], guard)[0].operations[0]).toMatchObject({ updateOne: { update: { $set: { lotId: null } } } });
  });

  it('checks every change before anything is written', () => {
    expect(() => bulkPlan([upsert({ lotId: 'L1' }), { op: 'delete', model: 'nothing', key: {} }], guard)).toThrow(/not registered/);
    expect(() => bulkPlan([upsert({ 'x" = 1; --': 1 })], guard)).toThrow(/not declared/);
    expect(() => bulkPlan([upsert({ status: 'x' }, { sku: 'P', serial: { $ne: '' } as never })], guard)).toThrow(/not a string/);
    expect(() => bulkPlan([{ op: 'update', model: 'units', where: {}, set: { status: 'x' } }], guard)).toThrow(/needs a filter/);
    expect(() => bulkPlan([{ op: 'update', model: 'units', where: { status: 'x' }, set: { status: 'y' } }], guard)).toThrow(/no index serves/);
  });

  it('runs a copy on its own, after the writes before it and before those after it', () => {
    const copy: Change = { op: 'copy', model: 'stock', from: 'units', where: { lotId: 'L1' }, fields: { location: 'status' }, set: { count: 0 } };
    const plan = writePlan([upsert({ lotId: 'L1' }), copy, upsert({ status: 'sold' })], guard);
    expect(plan.map((step) => ('copy' in step ? `copy into ${step.target.name} from ${step.source.name}` : step.collection))).toEqual([
      'units',
      'copy into stock from units',
      'units',
    ]);
    expect(copiedDocument(plan[1] as CopyWrite, { _id: 'x', sku: 'P', serial: 'S1', status: 'in_stock' })).toEqual({ location: 'in_stock', count: 0 });
  });

  it('refuses a copy whose filter no index serves, or that leaves out the key of what it writes', () => {
    const copy = (change: Partial<Extract<Change, { op: 'copy' }>>): Change => ({
      op: 'copy',
      model: 'stock',
      from: 'units',
      where: { lotId: 'L1' },
      fields: { location: 'status' },
      set: {},
      ...change,
    });
    expect(() => writePlan([copy({ where: { status: 'x' } })], guard)).toThrow(/no index serves/);
    expect(() => writePlan([copy({ fields: {} })], guard)).toThrow(/must give its key \(location missing\)/);
    expect(() => writePlan([copy({ fields: { location: 'count' } })], guard)).toThrow(/keeps types/);
  });
});
