import { DomainEvent } from '@trace/domain';
import { materialise } from '../testing/materialise';
import { productsProjection } from './products.projection';

const catalogue: DomainEvent[] = [
  { type: 'GtinClaimed', data: { gtin: '09506000134352', sku: 'PUMP-200' } },
  { type: 'ProductRegistered', data: { sku: 'PUMP-200', name: 'Pump 200', gtin: '09506000134352', uom: 'EA' } },
  { type: 'ProductRegistered', data: { sku: 'FLOUR-T55', name: 'Flour T55', gtin: null, uom: 'KGM' } },
];

describe('products projection', () => {
  it('keeps each product by SKU and finds it by GTIN', async () => {
    const store = await materialise([productsProjection], catalogue);
    expect(await store.get('products', { sku: 'PUMP-200' })).toEqual({
      sku: 'PUMP-200',
      name: 'Pump 200',
      gtin: '09506000134352',
      uom: 'EA',
      gs1CompanyPrefixLength: null,
      registeredAt: '2026-01-01T00:01:00.000Z',
      position: 2,
      warranty: null,
    });
    expect((await store.page('products', { where: { gtin: '09506000134352' }, limit: 10 })).map((p) => p.sku)).toEqual(['PUMP-200']);
    expect(await store.get('products', { sku: 'FLOUR-T55' })).toMatchObject({ gtin: null, uom: 'KGM' });
  });
});
