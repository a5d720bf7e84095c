import { ReadModelDefinition } from '../read-store.port';
import { afterKey, equalityFilter, keyFilter, pageFilter, pageSort } from './filters';

const units: ReadModelDefinition = {
  name: 'units',
  key: ['sku', 'serial'],
  fields: { sku: 'text', serial: 'text', lotId: 'text', status: 'text' },
  indexes: [['lotId', 'status']],
};

describe('MongoDB filters', () => {
  it('matches scalars by equality, null included, and lists with $in', () => {
    expect(equalityFilter({ lotId: 'L1', status: null })).toEqual({ lotId: 'L1', status: null });
    expect(equalityFilter({ serial: ['S1', 'S2'] })).toEqual({ serial: { $in: ['S1', 'S2'] } });
    expect(equalityFilter({})).toEqual({});
  });

  it('refuses objects where a scalar belongs, so a request cannot smuggle in an operator', () => {
    expect(() => equalityFilter({ lotId: { $ne: '' } as never })).toThrow(/not a string/);
    expect(() => equalityFilter({ serial: [{ $gt: '' } as never] })).toThrow(/not a string/);
    expect(() => keyFilter(units, { sku: 'P', serial: { $exists: true } as never })).toThrow(/not a string/);
    expect(() => equalityFilter({ revision: Number.NaN })).toThrow(/finite number/);
  });

  it('selects one document by its key fields only', () => {
    expect(keyFilter(units, { serial: 'S1', sku: 'P' })).toEqual({ sku: 'P', serial: 'S1' });
  });

  it('spells out the keyset condition for the next page', () => {
    expect(afterKey(['sku', 'serial'], { sku: 'P', serial: 'S9' })).toEqual({ $or: [{ sku: { $gt: 'P' } }, { sku: 'P', serial: { $gt: 'S9' } }] });
    expect(pageFilter(units, { where: { lotId: 'L1' }, after: { sku: 'P', serial: 'S9' } })).toEqual({
      $and: [{ lotId: 'L1' }, { $or: [{ sku: { $gt: 'P' } }, { sku: 'P', serial: { $gt: 'S9' } }] }],
    });
    expect(pageFilter(units, { where: { lotId: 'L1' } })).toEqual({ lotId: 'L1' });
    expect(pageSort(units)).toEqual({ sku: 1, serial: 1 });
  });

  it('orders by a field then the key, either way, leaving out documents without a value, with ranges', () => {
    const order = { by: 'lotId', descending: true };
    expect(pageSort(units, order)).toEqual({ lotId: -1, sku: -1, serial: -1 });
    expect(pageFilter(units, { where: { status: 'sold' }, order, ranges: { lotId: { before: 'L9' } } })).toEqual({
      status: 'sold',
      lotId: { $ne: null, $lt: 'L9' },
    });
    expect(pageFilter(units, { where: {}, order, after: { lotId: 'L5', sku: 'P', serial: 'S1' } })).toEqual({
      $and: [
        { lotId: { $ne: null } },
        { $or: [{ lotId: { $lt: 'L5' } }, { lotId: 'L5', sku: { $lt: 'P' } }, { lotId: 'L5', sku: 'P', serial: { $lt: 'S1' } }] },
      ],
    });
    expect(() => pageFilter(units, { where: {}, ranges: { lotId: { from: { $gt: '' } as never } } })).toThrow(/not a string/);
  });
});
