import { Decider } from '../shared/decider';
import { AlreadyExists, InvalidInput, NotFound, RuleViolation } from '../shared/errors';
import { instantMs } from '../shared/instant';
import { micros, Micros, minus, plus, quantityOf, ZERO } from '../shared/quantity';
import { LotEvent, LotRegistered } from './lot.events';

export interface RegisterLot {
  type: 'RegisterLot';
  lotId: string;
  sku: string;
  producedAt?: string;
  expiresAt?: string;
  site?: string;
  quantity?: number;
  uom?: string;
  location?: string;
}

/** A change of a registered lot's quantities, at `occurredAt` (expiry is judged then). */
interface StockChange<Type extends string> {
  type: Type;
  lotId: string;
  occurredAt: string;
}

export type MoveLotStock = StockChange<'MoveLotStock'> & { from: string; to: string; quantity: number };
export type ShipLot = StockChange<'ShipLot'> & { shipmentId: string; from: string; to: string; quantity: number };
export type ReceiveLot = StockChange<'ReceiveLot'> & { shipmentId: string; by: string; location: string; quantity: number };
export type CloseLotShipment = StockChange<'CloseLotShipment'> & { shipmentId: string; reason: string };
export type SellLot = StockChange<'SellLot'> & { from: string; customer: string; quantity: number; receipt: string };
export type ReturnLot = StockChange<'ReturnLot'> & { customer: string; location: string; quantity: number; reason: string };
export type AdjustLot = StockChange<'AdjustLot'> & { location: string; quantity: number; reason: string };
export type DisposeLot = StockChange<'DisposeLot'> & { from: string; quantity: number; reason: string };

export type LotCommand = RegisterLot | MoveLotStock | ShipLot | ReceiveLot | CloseLotShipment | SellLot | ReturnLot | AdjustLot | DisposeLot;

export interface LotShipment {
  to: string;
  shipped: Micros;
  received: Micros;
  closed: boolean;
}

export type LotState =
  | { exists: false }
  | {
      exists: true;
      lotId: string;
      sku: string;
      uom: string;
      expiresAt: string | null;
      recallIds: string[];
      /** Quantities by location, customer and shipment, in millionths; entries at 0 are removed. */
      atLocations: Record<string, Micros>;
      withCustomers: Record<string, Micros>;
      shipments: Record<string, LotShipment>;
    };

type Lot = Extract<LotState, { exists: true }>;

const DEFAULT_UOM = 'EA';

/** `record` with `key` changed by `amount`, an entry that reaches 0 dropped. */
function changed(record: Record<string, Micros>, key: string, amount: Micros): Record<string, Micros> {
  const next = { ...record };
  const total = plus(next[key] ?? ZERO, amount);
  if (total === 0) delete next[key];
  else next[key] = total;
  return next;
}

function evolveStock(lot: Lot, event: Exclude<LotEvent, LotRegistered>): Lot {
  switch (event.type) {
    case 'LotStockMoved': {
      const amount = micros(event.data.quantity);
      return { ...lot, atLocations: changed(changed(lot.atLocations, event.data.from, minus(ZERO, amount)), event.data.to, amount) };
    }
    case 'LotShipped': {
      const amount = micros(event.data.quantity);
      const shipment: LotShipment = { to: event.data.to, shipped: amount, received: ZERO, closed: false };
      return {
        ...lot,
        atLocations: changed(lot.atLocations, event.data.from, minus(ZERO, amount)),
        shipments: { ...lot.shipments, [event.data.shipmentId]: shipment },
      };
    }
    case 'LotReceived': {
      const amount = micros(event.data.quantity);
      const shipment = lot.shipments[event.data.shipmentId];
      return {
        ...lot,
        atLocations: changed(lot.atLocations, event.data.location, amount),
        shipments: { ...lot.shipments, [event.data.shipmentId]: { ...shipment, received: plus(shipment.received, amount) } },
      };
    }
    case 'LotShipmentClosed':
      return { ...lot, shipments: { ...lot.shipments, [event.data.shipmentId]: { ...lot.shipments[event.data.shipmentId], closed: true } } };
    case 'LotSold': {
      const amount = micros(event.data.quantity);
      return {
        ...lot,
        atLocations: changed(lot.atLocations, event.data.from, minus(ZERO, amount)),
        withCustomers: changed(lot.withCustomers, event.data.customer, amount),
      };
    }
    case 'LotReturned': {
      const amount = micros(event.data.quantity);
      return {
        ...lot,
        atLocations: changed(lot.atLocations, event.data.location, amount),
        withCustomers: changed(lot.withCustomers, event.data.customer, minus(ZERO, amount)),
      };
    }
    case 'LotAdjusted':
      return { ...lot, atLocations: changed(lot.atLocations, event.data.location, micros(event.data.quantity)) };
    case 'LotDisposed':
      return { ...lot, atLocations: changed(lot.atLocations, event.data.from, minus(ZERO, micros(event.data.quantity))) };
    case 'LotRecalled':
      return { ...lot, recallIds: [...lot.recallIds, event.data.recallId] };
    default: {
      const unhandled: never = event;
      return unhandled;
    }
  }
}

function registered(event: LotRegistered): Lot {
  const { lotId, sku, expiresAt, quantity, location } = event.data;
  const atLocations: Record<string, Micros> = location && quantity ? { [location]: micros(quantity) } : {};
  return { exists: true, lotId, sku, uom: event.data.uom ?? DEFAULT_UOM, expiresAt, recallIds: [], atLocations, withCustomers: {}, shipments: {} };
}

function register(command: RegisterLot, state: LotState): LotEvent[] {
  if (state.exists) throw new AlreadyExists(`lot ${command.lotId} is already registered`);
  if (command.producedAt && command.expiresAt && Date.parse(command.expiresAt) < Date.parse(command.producedAt)) {
    throw InvalidInput.field('expiresAt', 'must not be before producedAt');
  }
  if (command.location !== undefined && command.quantity === undefined)
    throw InvalidInput.field('quantity', 'is needed with a location: the quantity in stock there');
  const data: LotRegistered['data'] = {
    lotId: command.lotId,
    sku: command.sku,
    producedAt: command.producedAt ?? null,
    expiresAt: command.expiresAt ?? null,
    site: command.site ?? null,
    quantity: command.quantity ?? null,
  };
  // Written only when given, so that a lot registered as before reads exactly as before.
  if (command.uom !== undefined) data.uom = command.uom;
  if (command.location !== undefined) data.location = command.location;
  return [{ type: 'LotRegistered', data }];
}

/** Refuses taking `quantity` from `location` when less is there. */
function take(lot: Lot, location: string, quantity: number): void {
  const there = lot.atLocations[location] ?? ZERO;
  if (micros(quantity) > there)
    throw new RuleViolation('insufficient-quantity', `lot ${lot.lotId} has ${quantityOf(there)} ${lot.uom} at ${location}, not ${quantity}`);
}

/** Refuses letting an affected or expired lot go further: shipments and sales. */
function releasable(lot: Lot, occurredAt: string): void {
  if (lot.recallIds.length) throw new RuleViolation('quarantined', `lot ${lot.lotId} is quarantined by recall ${lot.recallIds.join(', ')}`);
  if (lot.expiresAt !== null && (instantMs(occurredAt) ?? 0) >= (instantMs(lot.expiresAt) ?? 0))
    throw new RuleViolation('expired', `lot ${lot.lotId} expired at ${lot.expiresAt}`);
}

function shipmentOf(lot: Lot, shipmentId: string): LotShipment {
  const shipment = lot.shipments[shipmentId];
  if (!shipment) throw new NotFound(`lot ${lot.lotId} has no shipment ${shipmentId}`);
  return shipment;
}

function decideChange(command: Exclude<LotCommand, RegisterLot>, lot: Lot): LotEvent[] {
  const { lotId } = lot;
  switch (command.type) {
    case 'MoveLotStock':
      take(lot, command.from, command.quantity);
      return [{ type: 'LotStockMoved', data: { lotId, from: command.from, to: command.to, quantity: command.quantity } }];
    case 'ShipLot':
      if (lot.shipments[command.shipmentId]) throw new AlreadyExists(`lot ${lotId} already has a shipment ${command.shipmentId}`);
      take(lot, command.from, command.quantity);
      releasable(lot, command.occurredAt);
      return [{ type: 'LotShipped', data: { lotId, shipmentId: command.shipmentId, from: command.from, to: command.to, quantity: command.quantity } }];
    case 'ReceiveLot': {
      const shipment = shipmentOf(lot, command.shipmentId);
      if (shipment.closed) throw new RuleViolation('shipment-closed', `shipment ${command.shipmentId} of lot ${lotId} is closed`);
      const open = minus(shipment.shipped, shipment.received);
      if (micros(command.quantity) > open)
        throw new RuleViolation(
          'receipt-exceeds-shipment',
          `shipment ${command.shipmentId} of lot ${lotId} has ${quantityOf(open)} ${lot.uom} in transit, not ${command.quantity}`,
        );
      const { shipmentId, by, location, quantity } = command;
      return [{ type: 'LotReceived', data: { lotId, shipmentId, by, location, quantity } }];
    }
    case 'CloseLotShipment': {
      const shipment = shipmentOf(lot, command.shipmentId);
      if (shipment.closed) return [];
      const lost = quantityOf(minus(shipment.shipped, shipment.received));
      return [{ type: 'LotShipmentClosed', data: { lotId, shipmentId: command.shipmentId, lostInTransit: lost, reason: command.reason } }];
    }
    case 'SellLot':
      take(lot, command.from, command.quantity);
      releasable(lot, command.occurredAt);
      return [{ type: 'LotSold', data: { lotId, from: command.from, customer: command.customer, quantity: command.quantity, receipt: command.receipt } }];
    case 'ReturnLot': {
      const held = lot.withCustomers[command.customer] ?? ZERO;
      if (micros(command.quantity) > held)
        throw new RuleViolation('return-exceeds-sale', `${command.customer} holds ${quantityOf(held)} ${lot.uom} of lot ${lotId}, not ${command.quantity}`);
      const { customer, location, quantity, reason } = command;
      return [{ type: 'LotReturned', data: { lotId, customer, location, quantity, reason } }];
    }
    case 'AdjustLot':
      if (command.quantity < 0) take(lot, command.location, -command.quantity);
      return [{ type: 'LotAdjusted', data: { lotId, location: command.location, quantity: command.quantity, reason: command.reason } }];
    case 'DisposeLot':
      // Allowed for quarantined and expired stock: destroying it is how a recall or an expiry ends.
      take(lot, command.from, command.quantity);
      return [{ type: 'LotDisposed', data: { lotId, from: command.from, quantity: command.quantity, reason: command.reason } }];
    default: {
      const unhandled: never = command;
      return unhandled;
    }
  }
}

export const lotDecider: Decider<LotCommand, LotEvent, LotState> = {
  initialState: () => ({ exists: false }),

  evolve(state, event) {
    if (event.type === 'LotRegistered') return registered(event);
    return state.exists ? evolveStock(state, event) : state;
  },

  decide(command, state) {
    if (command.type === 'RegisterLot') return register(command, state);
    if (!state.exists) throw new NotFound(`lot ${command.lotId} not found`);
    return decideChange(command, state);
  },
};
