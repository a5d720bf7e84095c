import { gtinDecider, gtinStream, InvalidReference } from '@trace/domain';
import { StreamCommands } from '../shared/stream-commands';

/** What a scan, a verification or a count needs of the product a GTIN names. */
export interface GtinSku {
  sku: string;
}

/**
 * The products GTINs (14 digits) name, from the GTINs' registrations in the log, in one read; null for a GTIN no
 * product has. Not from the read models: a product registered a moment ago is known at once, and an EPCIS
 * capture's sightings see the products its own earlier events registered.
 */
export async function productsByGtin(commands: StreamCommands, gtins: Iterable<string>): Promise<Map<string, GtinSku | null>> {
  const wanted = [...new Set(gtins)];
  const registers = await commands.states(
    wanted.map((gtin) => gtinStream(gtin)),
    gtinDecider,
  );
  return new Map(
    wanted.map((gtin) => {
      const sku = registers.get(gtinStream(gtin))?.claimedBy ?? null;
      return [gtin, sku === null ? null : { sku }];
    }),
  );
}

/** The SKU of the product a GTIN names, from its registration in the log (a stage's, inside one); null for none. */
export async function skuOfGtin(commands: StreamCommands, gtin: string): Promise<string | null> {
  return (await commands.state(gtinStream(gtin), gtinDecider)).state.claimedBy;
}

/** The product of a GTIN; 422 for one no product has (the code was well formed, the catalogue does not know it). */
export function productOf(products: Map<string, GtinSku | null>, gtin: string, field = 'code'): GtinSku {
  const product = products.get(gtin);
  if (!product)
    throw new InvalidReference(field, `GTIN ${gtin} belongs to no product: register it with POST /v1/products`, `names GTIN ${gtin}, which no product has`);
  return product;
}
