import { Change } from '../read-store.port';
import { coalesceChanges } from './coalesce-changes';

const upsert = (serial: string, set: Record<string, unknown>): Change => ({ op: 'upsert', model: 'units', key: { sku: 'P', serial }, set });
const increment = (location: string, count: number): Change => ({ op: 'increment', model: 'stock', key: { location, sku: 'P' }, by: { count } });

describe('coalesceChanges', () => {
  it('merges upserts of one document, the later fields winning', () => {
    expect(coalesceChanges([upsert('1', { status: 'in_stock', location: 'A' }), upsert('2', { status: 'sold' }), upsert('1', { location: 'B' })])).toEqual([
      upsert('1', { status: 'in_stock', location: 'B' }),
      upsert('2', { status: 'sold' }),
    ]);
  });

  it('adds up increments of one document', () => {
    expect(coalesceChanges([increment('A', 1), increment('B', 1), increment('A', -1), increment('A', 1)])).toEqual([increment('A', 1), increment('B', 1)]);
  });

  it('keeps the order around a delete of the document and a filtered update of the model', () => {
    const update: Change = { op: 'update', model: 'units', where: { sku: 'P', serial: '1' }, set: { status: 'sold' } };
    const remove: Change = { op: 'delete', model: 'units', key: { sku: 'P', serial: '2' } };
    const changes = [
      upsert('1', { status: 'in_stock' }),
      update,
      upsert('1', { location: 'B' }),
      upsert('2', { status: 'sold' }),
      remove,
      upsert('2', { status: 'in_stock' }),
    ];
    expect(coalesceChanges(changes)).toEqual(changes);
  });

  it('keeps the order around a copy into the model or out of it', () => {
    const copy = (model: string, from: string): Change => ({
      op: 'copy',
      model,
      from,
      where: { lotId: 'L' },
      fields: { sku: 'sku', serial: 'serial' },
      set: {},
    });
    const into = [upsert('1', { status: 'in_stock' }), copy('units', 'lineage'), upsert('1', { location: 'B' })];
    const outOf = [upsert('1', { status: 'in_stock' }), copy('holds', 'units'), upsert('1', { location: 'B' })];
    expect(coalesceChanges(into)).toEqual(into);
    expect(coalesceChanges(outOf)).toEqual(outOf);
  });

  it('never merges changes of different kinds', () => {
    const changes: Change[] = [increment('A', 1), { op: 'upsert', model: 'stock', key: { location: 'A', sku: 'P' }, set: { count: 0 } }, increment('A', 1)];
    expect(coalesceChanges(changes)).toEqual(changes);
  });
});
