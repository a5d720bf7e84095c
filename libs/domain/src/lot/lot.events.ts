import { EventTypes, memberOf } from '../shared/event-family';
import { LotRecalled } from '../recall/recall.events';

/** Quantities are JSON numbers with at most 6 fraction digits, in the lot's unit of measure (see shared/quantity). */
export interface LotRegistered {
  type: 'LotRegistered';
  data: {
    lotId: string;
    sku: string;
    producedAt: string | null;
    expiresAt: string | null;
    site: string | null;
    quantity: number | null;
    /** UN/ECE Rec 20 code; absent from lots registered before quantities were tracked (read as EA). */
    uom?: string;
    /** Where `quantity` is in stock: a lot-tracked good. Null (or absent) for a serialised lot's declared size. */
    location?: string | null;
  };
}

export interface LotStockMoved {
  type: 'LotStockMoved';
  data: { lotId: string; from: string; to: string; quantity: number };
}

export interface LotShipped {
  type: 'LotShipped';
  data: { lotId: string; shipmentId: string; from: string; to: string; quantity: number };
}

export interface LotReceived {
  type: 'LotReceived';
  data: { lotId: string; shipmentId: string; by: string; location: string; quantity: number };
}

export interface LotShipmentClosed {
  type: 'LotShipmentClosed';
  data: { lotId: string; shipmentId: string; lostInTransit: number; reason: string };
}

export interface LotSold {
  type: 'LotSold';
  data: { lotId: string; from: string; customer: string; quantity: number; receipt: string };
}

export interface LotReturned {
  type: 'LotReturned';
  data: { lotId: string; customer: string; location: string; quantity: number; reason: string };
}

export interface LotAdjusted {
  type: 'LotAdjusted';
  /** Signed: a count correction, spoilage, samples. */
  data: { lotId: string; location: string; quantity: number; reason: string };
}

export interface LotDisposed {
  type: 'LotDisposed';
  data: { lotId: string; from: string; quantity: number; reason: string };
}

export type LotEvent =
  LotRegistered | LotStockMoved | LotShipped | LotReceived | LotShipmentClosed | LotSold | LotReturned | LotAdjusted | LotDisposed | LotRecalled;

export const LOT_EVENTS: EventTypes<LotEvent> = {
  LotRegistered: true,
  LotStockMoved: true,
  LotShipped: true,
  LotReceived: true,
  LotShipmentClosed: true,
  LotSold: true,
  LotReturned: true,
  LotAdjusted: true,
  LotDisposed: true,
  LotRecalled: true,
};
export const isLotEvent = memberOf(LOT_EVENTS);
