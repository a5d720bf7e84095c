import { EventTypes, memberOf } from '../shared/event-family';
import { UnitRef } from '../shared/identifiers';
import { LotRecalled } from '../recall/recall.events';

/**
 * A lot's events. Quantities are JSON numbers with at most 6 fraction digits, in the lot's unit of measure (see
 * shared/quantity). Events that take stock from a place say what is `remaining` there afterwards: read models
 * drop a place that reaches 0 without reading it first.
 */
/** How a recall's hold on a lot ends: its stock came back, was destroyed, or was found fine. */
export const LOT_RECALL_ACTIONS = ['returned', 'destroyed', 'released'] as const;
export type LotRecallAction = (typeof LOT_RECALL_ACTIONS)[number];

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
    /** Where `quantity` is in stock: a lot-tracked good. Absent for a serialised lot's declared size. */
    location?: string;
  };
}

export interface LotStockMoved {
  type: 'LotStockMoved';
  data: { lotId: string; from: string; to: string; quantity: number; remaining: number };
}

/** In transit to the party `to`. */
export interface LotShipped {
  type: 'LotShipped';
  data: { lotId: string; shipmentId: string; from: string; to: string; quantity: number; remaining: number };
}

export interface LotReceived {
  type: 'LotReceived';
  data: { lotId: string; shipmentId: string; by: string; location: string; quantity: number };
}

/** What was never received is written off. */
export interface LotShipmentClosed {
  type: 'LotShipmentClosed';
  data: { lotId: string; shipmentId: string; to: string; lostInTransit: number; reason: string };
}

export interface LotSold {
  type: 'LotSold';
  data: { lotId: string; from: string; customer: string; quantity: number; receipt: string; remaining: number };
}

/** `remaining` is what the customer still holds. */
export interface LotReturned {
  type: 'LotReturned';
  data: { lotId: string; customer: string; location: string; quantity: number; reason: string; remaining: number };
}

/** Signed: a count correction, spoilage, samples; `remaining` is what is at the location afterwards; `countId` names the cycle count that made it. */
export interface LotAdjusted {
  type: 'LotAdjusted';
  data: { lotId: string; location: string; quantity: number; reason: string; remaining: number; countId?: string };
}

/** Destroyed. */
export interface LotDisposed {
  type: 'LotDisposed';
  data: { lotId: string; from: string; quantity: number; reason: string; remaining: number };
}

/** Consumed into another lot (a production) or into a serialised unit; exactly one of the two is set. */
export interface LotStockConsumed {
  type: 'LotStockConsumed';
  data: { lotId: string; from: string; quantity: number; remaining: number; intoLot: string | null; intoUnit: UnitRef | null };
}

/** On the lot made: an input consumed into it, in the input's unit of measure (the link itself is the input's event). */
export interface LotMadeFrom {
  type: 'LotMadeFrom';
  data: { lotId: string; input: string; quantity: number; uom: string };
}

/** Serials assigned from a lot, counted against its declared quantity. */
export interface LotSerialsAssigned {
  type: 'LotSerialsAssigned';
  data: { lotId: string; count: number };
}

/** The lot's hold for a recall is lifted. */
export interface LotRecallResolved {
  type: 'LotRecallResolved';
  data: { lotId: string; recallId: string; action: LotRecallAction; note: string | null };
}

export type LotStockEvent = LotStockMoved | LotShipped | LotReceived | LotShipmentClosed | LotSold | LotReturned | LotAdjusted | LotDisposed | LotStockConsumed;

/** A sighting of the lot (a code naming its GTIN and lot scanned); it moves no quantity. */
export interface LotObserved {
  type: 'LotObserved';
  data: { lotId: string; location: string; party: string | null; seenAt: string; warnings: string[] };
}

export type LotEvent = LotRegistered | LotStockEvent | LotMadeFrom | LotSerialsAssigned | LotRecalled | LotRecallResolved | LotObserved;

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
  LotStockConsumed: true,
  LotMadeFrom: true,
  LotSerialsAssigned: true,
  LotRecalled: true,
  LotRecallResolved: true,
  LotObserved: true,
};
export const isLotEvent = memberOf(LOT_EVENTS);
