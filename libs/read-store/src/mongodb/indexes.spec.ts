import { indexDescriptions } from './indexes';

describe('MongoDB indexes of a read model', () => {
  it('makes the key unique and appends it to every declared index, in order', () => {
    const indexes = indexDescriptions({
      name: 'units',
      key: ['sku', 'serial'],
      fields: { sku: 'text', serial: 'text', lotId: 'text', status: 'text' },
      indexes: [['lotId', 'status'], ['serial']],
    });
    expect(indexes).toEqual([
      { name: 'key', key: { sku: 1, serial: 1 }, unique: true },
      { name: 'lotId_status', key: { lotId: 1, status: 1, sku: 1, serial: 1 } },
      { name: 'serial', key: { serial: 1, sku: 1 } },
    ]);
    expect(Object.keys(indexes[1].key as object)).toEqual(['lotId', 'status', 'sku', 'serial']);
  });
});
