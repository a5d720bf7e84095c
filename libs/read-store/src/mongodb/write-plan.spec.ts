import { ModelGuard } from '../model-guard';
import { Change } from '../read-store.port';
import { writePlan } from './write-plan';

const guard = new ModelGuard();
guard.add({ name: 'units', key: ['sku', 'serial'], fields: { sku: 'text', serial: 'text', lotId: 'text', status: 'text', count: 'integer' }, indexes: [['lotId']] });
guard.add({ name: 'stock', key: ['location'], fields: { location: 'text', count: 'integer' }, indexes: [] });

const unit = { sku: 'P', serial: 'S1' };
const upsert = (set: Record<string, unknown>, key = unit): Change => ({ op: 'upsert', model: 'units', key, set });
const increment = (by: number, location = 'A'): Change => ({ op: 'increment', model: 'stock', key: { location }, by: { count: by } });

describe('MongoDB write plan', () => {
  it('folds the changes of one document into one upsert, and groups documents by collection', () => {
    expect(writePlan([upsert({ lotId: 'L1', status: 'in_stock' }), increment(2), upsert({ status: 'sold' }), increment(-1), increment(1, 'B')], guard)).toEqual([
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
    const plan = (...changes: Change[]) => writePlan(changes, guard)[0].operations[0];
    expect(plan({ op: 'increment', model: 'units', key: unit, by: { count: 5 } }, upsert({ count: 1 }))).toEqual({
      updateOne: { filter: unit, update: { $set: { count: 1, ...unit } }, upsert: true },
    });
    expect(plan(upsert({ count: null }), { op: 'increment', model: 'units', key: unit, by: { count: 5 } })).toEqual({
      updateOne: { filter: unit, update: { $set: { count: 5, ...unit } }, upsert: true },
    });
  });

  it('turns delete-then-write into a replacement and write-then-delete into a delete, whatever the driver reorders', () => {
    const deleted: Change = { op: 'delete', model: 'units', key: unit };
    expect(writePlan([upsert({ status: 'sold' }), deleted], guard)[0].operations).toEqual([{ deleteOne: { filter: unit } }]);
    expect(writePlan([upsert({ lotId: 'L1' }), deleted, upsert({ status: 'sold' }), { op: 'increment', model: 'units', key: unit, by: { count: 2 } }], guard)[0].operations).toEqual([
      { replaceOne: { filter: unit, replacement: { status: 'sold', count: 2, ...unit }, upsert: true } },
    ]);
  });

  it('runs a filtered update after what came before it and before what follows', () => {
    const recalled: Change = { op: 'update', model: 'units', where: { lotId: 'L1' }, set: { status: 'recalled' } };
    expect(writePlan([upsert({ lotId: 'L1' }), recalled, upsert({ status: 'repaired' })], guard).map((write) => Object.keys(write.operations[0]))).toEqual([
      ['updateOne'],
      ['updateMany'],
      ['updateOne'],
    ]);
    expect(writePlan([recalled], guard)[0].operations).toEqual([{ updateMany: { filter: { lotId: 'L1' }, update: { $set: { status: 'recalled' } } } }]);
  });

  it('stores an absent value as null, like the SQLite adapter', () => {
    expect(writePlan([upsert({ lotId: undefined })], guard)[0].operations[0]).toMatchObject({ updateOne: { update: { $set: { lotId: null } } } });
  });

  it('checks every change before anything is written', () => {
    expect(() => writePlan([upsert({ lotId: 'L1' }), { op: 'delete', model: 'nothing', key: {} }], guard)).toThrow(/not registered/);
    expect(() => writePlan([upsert({ 'x" = 1; --': 1 })], guard)).toThrow(/not declared/);
    expect(() => writePlan([upsert({ status: 'x' }, { sku: 'P', serial: { $ne: '' } as never })], guard)).toThrow(/not a string/);
    expect(() => writePlan([{ op: 'update', model: 'units', where: {}, set: { status: 'x' } }], guard)).toThrow(/needs a filter/);
    expect(() => writePlan([{ op: 'update', model: 'units', where: { status: 'x' }, set: { status: 'y' } }], guard)).toThrow(/no index serves/);
  });
});
