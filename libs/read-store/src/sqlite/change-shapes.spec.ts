import { Change, CopyChange } from '../read-store.port';
import { ShapeMap } from './change-shapes';

describe('ShapeMap', () => {
  const shapes = new ShapeMap<string>();
  const upsert = (key: Record<string, string>, set: Record<string, string>): Change => ({ op: 'upsert', model: 'items', key, set });
  const copy = (where: CopyChange['where'], fields: Record<string, string>): Change => ({
    op: 'copy',
    model: 'firsts',
    from: 'items',
    where,
    fields,
    set: {},
  });

  it('finds a value by the names of a change, whatever their values', () => {
    shapes.set(upsert({ sku: 'P', serial: '1' }, { status: 'sold' }), 'sale');
    expect(shapes.get(upsert({ sku: 'Q', serial: '2' }, { status: 'in_stock' }))).toBe('sale');
  });

  it('tells apart where one list of names ends and the next begins, and the kind and model', () => {
    shapes.set(upsert({ a: '1' }, { b: '2' }), 'a|b');
    expect(shapes.get(upsert({ a: '1', b: '2' }, {}))).toBeUndefined();
    expect(shapes.get({ op: 'increment', model: 'items', key: { a: '1' }, by: { b: 1 } })).toBeUndefined();
    expect(shapes.get({ op: 'upsert', model: 'others', key: { a: '1' }, set: { b: '2' } })).toBeUndefined();
  });

  it('tells filters apart by how each field matches: a value (or a list of one), a list, null', () => {
    shapes.set(copy({ lotId: 'L1' }, { lotId: 'lotId' }), 'equal');
    expect(shapes.get(copy({ lotId: ['L2'] }, { lotId: 'lotId' }))).toBe('equal');
    expect(shapes.get(copy({ lotId: ['L1', 'L2'] }, { lotId: 'lotId' }))).toBeUndefined();
    expect(shapes.get(copy({ lotId: null }, { lotId: 'lotId' }))).toBeUndefined();
  });

  it('tells copies apart by the source field each target field takes', () => {
    expect(shapes.get(copy({ lotId: 'L1' }, { lotId: 'serial' }))).toBeUndefined();
  });

  it('forgets everything when cleared', () => {
    shapes.clear();
    expect(shapes.get(upsert({ sku: 'P', serial: '1' }, { status: 'sold' }))).toBeUndefined();
  });
});
