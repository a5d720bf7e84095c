import { InvalidReference } from '@trace/domain';
import { ProductDocument, productsModel } from '@trace/projections';
import { pageDocuments, ReadStore } from '@trace/read-store';

/** The products GTINs (14 digits) name, in one read; null for a GTIN no product has. */
export async function productsByGtin(reads: ReadStore, gtins: Iterable<string>): Promise<Map<string, ProductDocument | null>> {
  const wanted = [...new Set(gtins)];
  const products = new Map<string, ProductDocument | null>(wanted.map((gtin) => [gtin, null]));
  const found = wanted.length ? await pageDocuments(reads, productsModel, { gtin: wanted }, wanted.length) : [];
  for (const product of found) if (product.gtin !== null) products.set(product.gtin, product);
  return products;
}

/** What a scan needs of the product a GTIN names. */
export interface GtinSku {
  sku: string;
}

/** The product of a GTIN; 422 for one no product has (the code was well formed, the catalogue does not know it). */
export function productOf<Product extends GtinSku>(products: Map<string, Product | null>, gtin: string, field = 'code'): Product {
  const product = products.get(gtin);
  if (!product)
    throw new InvalidReference(field, `GTIN ${gtin} belongs to no product: register it with POST /v1/products`, `names GTIN ${gtin}, which no product has`);
  return product;
}
