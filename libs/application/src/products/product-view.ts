import { ProductDocument } from '@trace/projections';
import { ProductResponse } from './get-product/get-product.response';

export const productView = ({ sku, name, gtin, uom, registeredAt, warranty }: ProductDocument): ProductResponse => ({
  sku,
  name,
  gtin,
  uom,
  registeredAt,
  warranty: warranty ?? null,
});
