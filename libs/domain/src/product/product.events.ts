import { EventTypes, memberOf } from '../shared/event-family';

/** On the product's stream. `gtin` is 14 digits, null for a product without one. */
export interface ProductRegistered {
  type: 'ProductRegistered';
  data: { sku: string; name: string; gtin: string | null; uom: string };
}

/** On the GTIN's own stream, in the same write as the registration: a GTIN names one product for ever. */
export interface GtinClaimed {
  type: 'GtinClaimed';
  data: { gtin: string; sku: string };
}

export type ProductEvent = ProductRegistered | GtinClaimed;

export const PRODUCT_EVENTS: EventTypes<ProductEvent> = { ProductRegistered: true, GtinClaimed: true };
export const isProductEvent = memberOf(PRODUCT_EVENTS);
