import { Micros, quantityOf } from '@trace/domain';
import { LotLinkDocument } from '@trace/projections';
import { ConsumedQuantityResponse } from './get-lot-stock.response';

/** A genealogy link as the lot or unit it went into and the quantity. */
export function consumedOf(link: Pick<LotLinkDocument, 'intoLot' | 'intoSku' | 'intoSerial' | 'quantityMicros'>): ConsumedQuantityResponse {
  const quantity = quantityOf(link.quantityMicros as Micros);
  return link.intoLot !== null
    ? { intoLot: link.intoLot, quantity }
    : { intoUnit: { sku: link.intoSku as string, serial: link.intoSerial as string }, quantity };
}
