import { EventTypes, memberOf } from '../shared/event-family';
import { WarrantyTerms } from '../unit/unit.events';

/** On the product's stream. `gtin` is 14 digits, null for a product without one; `warranty` its units' terms, absent without. */
export interface ProductRegistered {
  type: 'ProductRegistered';
  data: { sku: string; name: string; gtin: string | null; uom: string; warranty?: WarrantyTerms; gs1CompanyPrefixLength?: number };
}

/** On the GTIN's own stream, in the same write as the registration: a GTIN names one product for ever. */
export interface GtinClaimed {
  type: 'GtinClaimed';
  data: { gtin: string; sku: string };
}

/**
 * A serial of the GTIN that was never issued, seen in the field (scanned or asked to be verified): evidence kept on
 * the GTIN's stream, since there is no unit to keep it on.
 */
export interface UnknownSerialSeen {
  type: 'UnknownSerialSeen';
  data: { gtin: string; sku: string; serial: string; how: 'scan' | 'verification'; location: string | null; party: string | null };
}

export type ProductEvent = ProductRegistered | GtinClaimed | UnknownSerialSeen;

export const PRODUCT_EVENTS: EventTypes<ProductEvent> = { ProductRegistered: true, GtinClaimed: true, UnknownSerialSeen: true };
export const isProductEvent = memberOf(PRODUCT_EVENTS);
