import { ProductDocument } from '@trace/projections';
import { ProductResponse } from './get-product/get-product.response';

export const productView = ({ sku, name, gtin, uom, registeredAt, warranty, gs1CompanyPrefixLength }: ProductDocument): ProductResponse => ({
  sku,
  name,
  gtin,
  uom,
  gs1CompanyPrefixLength: gs1CompanyPrefixLength ?? null,
  registeredAt,
  warranty: warranty ?? null,
});
