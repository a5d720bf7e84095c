import { ReadModelDefinition } from '../read-store.port';
import { toReadDocument } from './documents';

describe('MongoDB read documents', () => {
  it('returns every declared field, null when absent, and nothing else', () => {
    const model: ReadModelDefinition = { name: 'items', key: ['sku'], fields: { sku: 'text', count: 'integer', tags: 'json' }, indexes: [] };
    expect(toReadDocument(model, { _id: 'x', sku: 'P', tags: ['a'], stray: 1 })).toEqual({ sku: 'P', count: null, tags: ['a'] });
  });
});
