import { micros, Micros, minus, plus, ZERO } from '../shared/quantity';
import { LotEvent, LotRegistered } from './lot.events';

export interface LotShipment {
  to: string;
  shipped: Micros;
  received: Micros;
  closed: boolean;
}

export interface LotHold {
  recalledAt: string;
  resolved: boolean;
}

export interface ExistingLot {
  exists: true;
  lotId: string;
  sku: string;
  uom: string;
  producedAt: string | null;
  expiresAt: string | null;
  /** The declared size of a serialised lot (registered with a quantity and no location), which serials count against. */
  declared: Micros | null;
  serials: number;
  recalls: Record<string, LotHold>;
  /** Quantities by location, customer and shipment, in millionths; places at 0 are removed. */
  atLocations: Record<string, Micros>;
  withCustomers: Record<string, Micros>;
  shipments: Record<string, LotShipment>;
}

export type LotState = { exists: false } | ExistingLot;

export const DEFAULT_UOM = 'EA';

/** `record` with `key` changed by `amount`, a place that reaches 0 dropped. Folds copy: states are values. */
function changed(record: Record<string, Micros>, key: string, amount: Micros): Record<string, Micros> {
  const next = { ...record };
  const total = plus(next[key] ?? ZERO, amount);
  if (total === 0) delete next[key];
  else next[key] = total;
  return next;
}

const taken = (record: Record<string, Micros>, key: string, quantity: number) => changed(record, key, minus(ZERO, micros(quantity)));
const added = (record: Record<string, Micros>, key: string, quantity: number) => changed(record, key, micros(quantity));

export function registeredLot(event: LotRegistered): ExistingLot {
  const { lotId, sku, producedAt, expiresAt, quantity, location } = event.data;
  const stocked = location !== undefined && location !== null && quantity !== null;
  return {
    exists: true,
    lotId,
    sku,
    uom: event.data.uom ?? DEFAULT_UOM,
    producedAt,
    expiresAt,
    declared: !stocked && quantity !== null ? micros(quantity) : null,
    serials: 0,
    recalls: {},
    atLocations: stocked ? { [location]: micros(quantity) } : {},
    withCustomers: {},
    shipments: {},
  };
}

export function evolveLot(lot: ExistingLot, event: Exclude<LotEvent, LotRegistered>): ExistingLot {
  switch (event.type) {
    case 'LotStockMoved':
      return { ...lot, atLocations: added(taken(lot.atLocations, event.data.from, event.data.quantity), event.data.to, event.data.quantity) };
    case 'LotShipped': {
      const shipment: LotShipment = { to: event.data.to, shipped: micros(event.data.quantity), received: ZERO, closed: false };
      return {
        ...lot,
        atLocations: taken(lot.atLocations, event.data.from, event.data.quantity),
        shipments: { ...lot.shipments, [event.data.shipmentId]: shipment },
      };
    }
    case 'LotReceived': {
      const shipment = lot.shipments[event.data.shipmentId];
      const receipt = { ...shipment, received: plus(shipment.received, micros(event.data.quantity)) };
      return {
        ...lot,
        atLocations: added(lot.atLocations, event.data.location, event.data.quantity),
        shipments: { ...lot.shipments, [event.data.shipmentId]: receipt },
      };
    }
    case 'LotShipmentClosed':
      return { ...lot, shipments: { ...lot.shipments, [event.data.shipmentId]: { ...lot.shipments[event.data.shipmentId], closed: true } } };
    case 'LotSold':
      return {
        ...lot,
        atLocations: taken(lot.atLocations, event.data.from, event.data.quantity),
        withCustomers: added(lot.withCustomers, event.data.customer, event.data.quantity),
      };
    case 'LotReturned':
      return {
        ...lot,
        atLocations: added(lot.atLocations, event.data.location, event.data.quantity),
        withCustomers: taken(lot.withCustomers, event.data.customer, event.data.quantity),
      };
    case 'LotAdjusted':
      return { ...lot, atLocations: added(lot.atLocations, event.data.location, event.data.quantity) };
    case 'LotDisposed':
    case 'LotStockConsumed':
      return { ...lot, atLocations: taken(lot.atLocations, event.data.from, event.data.quantity) };
    case 'LotMadeFrom':
    case 'LotObserved':
      return lot;
    case 'LotSerialsAssigned':
      return { ...lot, serials: lot.serials + event.data.count };
    case 'LotRecalled':
      return { ...lot, recalls: { ...lot.recalls, [event.data.recallId]: { recalledAt: event.data.recalledAt, resolved: false } } };
    case 'LotRecallResolved':
      return { ...lot, recalls: { ...lot.recalls, [event.data.recallId]: { ...lot.recalls[event.data.recallId], resolved: true } } };
    default: {
      const unhandled: never = event;
      return unhandled;
    }
  }
}
