import { Decider } from '../shared/decider';
import { AlreadyExists, InvalidInput, InvalidReference, NotFound, RuleViolation } from '../shared/errors';
import { instantMs } from '../shared/instant';
import { micros, minus, plus, quantityOf, ZERO } from '../shared/quantity';
import { LotChangeCommand, LotCommand, RegisterLot } from './lot.commands';
import { LotEvent, LotRegistered } from './lot.events';
import { evolveLot, ExistingLot, LotShipment, LotState, registeredLot } from './lot.state';

function register(command: RegisterLot, state: LotState): LotEvent[] {
  if (state.exists) throw new AlreadyExists(`lot ${command.lotId} is already registered`);
  if (command.producedAt && command.expiresAt && (instantMs(command.expiresAt) ?? 0) < (instantMs(command.producedAt) ?? 0)) {
    throw InvalidInput.field('expiresAt', 'must not be before producedAt');
  }
  if (command.location !== undefined && command.quantity === undefined) {
    throw InvalidInput.field('quantity', 'is needed with a location: the quantity in stock there');
  }
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

/** What is left at `location` once `quantity` is taken; refused when less is there. */
function take(lot: ExistingLot, location: string, quantity: number): number {
  const there = lot.atLocations[location] ?? ZERO;
  const left = minus(there, micros(quantity));
  if (left < 0) throw new RuleViolation('insufficient-quantity', `lot ${lot.lotId} has ${quantityOf(there)} ${lot.uom} at ${location}, not ${quantity}`);
  return quantityOf(left);
}

/** A lot held by an open recall cannot leave or be used; facts from before the recall are still recorded. */
function assertNotQuarantined(lot: ExistingLot, occurredAt: string): void {
  const when = instantMs(occurredAt) ?? 0;
  const holding = Object.entries(lot.recalls).filter(([, hold]) => !hold.resolved && (instantMs(hold.recalledAt) ?? 0) <= when);
  if (holding.length) {
    throw new RuleViolation(
      'quarantined',
      `lot ${lot.lotId} is quarantined by recall ${holding.map(([id]) => id).join(', ')}: resolve it for that recall first`,
    );
  }
}

/** A lot is expired at instants from `expiresAt` on (a date is midnight UTC). */
export const isExpired = (expiresAt: string | null, occurredAt: string): boolean =>
  expiresAt !== null && (instantMs(occurredAt) ?? 0) >= (instantMs(expiresAt) ?? Infinity);

function assertNotExpired(lot: ExistingLot, occurredAt: string): void {
  if (isExpired(lot.expiresAt, occurredAt)) throw new RuleViolation('expired', `lot ${lot.lotId} expired at ${lot.expiresAt}`);
}

function shipmentOf(lot: ExistingLot, shipmentId: string): LotShipment {
  const shipment = lot.shipments[shipmentId];
  if (!shipment) throw new NotFound(`lot ${lot.lotId} has no shipment ${shipmentId}`);
  if (shipment.closed) throw new RuleViolation('shipment-closed', `shipment ${shipmentId} of lot ${lot.lotId} is closed`);
  return shipment;
}

function receive(command: Extract<LotChangeCommand, { type: 'ReceiveLot' }>, lot: ExistingLot): LotEvent[] {
  const shipment = shipmentOf(lot, command.shipmentId);
  const open = minus(shipment.shipped, shipment.received);
  if (micros(command.quantity) > open) {
    throw new RuleViolation(
      'receipt-exceeds-shipment',
      `shipment ${command.shipmentId} of lot ${lot.lotId} has ${quantityOf(open)} ${lot.uom} in transit, not ${command.quantity}`,
    );
  }
  const { shipmentId, by, location, quantity } = command;
  return [{ type: 'LotReceived', data: { lotId: lot.lotId, shipmentId, by, location, quantity } }];
}

function consume(command: Extract<LotChangeCommand, { type: 'ConsumeLotStock' }>, lot: ExistingLot): LotEvent[] {
  if ((command.intoLot === undefined) === (command.intoUnit === undefined)) throw InvalidInput.field('intoLot', 'give either intoLot or intoUnit');
  if (command.intoLot === lot.lotId) throw InvalidInput.field('intoLot', 'a lot is not consumed into itself');
  const remaining = take(lot, command.from, command.quantity);
  assertNotQuarantined(lot, command.occurredAt);
  const into = { intoLot: command.intoLot ?? null, intoUnit: command.intoUnit ? { sku: command.intoUnit.sku, serial: command.intoUnit.serial } : null };
  return [{ type: 'LotStockConsumed', data: { lotId: lot.lotId, from: command.from, quantity: command.quantity, remaining, ...into } }];
}

/** Serials of a lot: not before it was produced, not once expired, never more than its declared size. */
function assignSerials(command: Extract<LotChangeCommand, { type: 'AssignLotSerials' }>, lot: ExistingLot): LotEvent[] {
  if (lot.producedAt !== null && (instantMs(command.occurredAt) ?? 0) < (instantMs(lot.producedAt) ?? 0)) {
    throw new InvalidReference(
      'occurredAt',
      `a serial of lot ${lot.lotId} cannot be assigned at ${command.occurredAt}, before the lot was produced at ${lot.producedAt}`,
    );
  }
  assertNotExpired(lot, command.occurredAt);
  if (lot.declared !== null && plus(micros(lot.serials), micros(command.count)) > lot.declared) {
    throw new RuleViolation(
      'lot-quantity-exceeded',
      `lot ${lot.lotId} is declared as ${quantityOf(lot.declared)} and has ${lot.serials} serials: ${command.count} more would exceed it`,
    );
  }
  // Only a declared size is counted against: a lot-tracked good's serials do not draw its stock down.
  return lot.declared === null ? [] : [{ type: 'LotSerialsAssigned', data: { lotId: lot.lotId, count: command.count } }];
}

function decideChange(command: LotChangeCommand, lot: ExistingLot): LotEvent[] {
  const { lotId } = lot;
  switch (command.type) {
    case 'MoveLotStock': {
      if (command.from === command.to) throw InvalidInput.field('to', 'must differ from from');
      const remaining = take(lot, command.from, command.quantity);
      return [{ type: 'LotStockMoved', data: { lotId, from: command.from, to: command.to, quantity: command.quantity, remaining } }];
    }
    case 'ShipLot': {
      if (lot.shipments[command.shipmentId]) throw new AlreadyExists(`lot ${lotId} already has a shipment ${command.shipmentId}`);
      const remaining = take(lot, command.from, command.quantity);
      assertNotQuarantined(lot, command.occurredAt);
      assertNotExpired(lot, command.occurredAt);
      const { shipmentId, from, to, quantity } = command;
      return [{ type: 'LotShipped', data: { lotId, shipmentId, from, to, quantity, remaining } }];
    }
    case 'ReceiveLot':
      return receive(command, lot);
    case 'CloseLotShipment': {
      const shipment = shipmentOf(lot, command.shipmentId);
      const lostInTransit = quantityOf(minus(shipment.shipped, shipment.received));
      return [{ type: 'LotShipmentClosed', data: { lotId, shipmentId: command.shipmentId, to: shipment.to, lostInTransit, reason: command.reason } }];
    }
    case 'SellLot': {
      const remaining = take(lot, command.from, command.quantity);
      assertNotQuarantined(lot, command.occurredAt);
      assertNotExpired(lot, command.occurredAt);
      const { from, customer, quantity, receipt } = command;
      return [{ type: 'LotSold', data: { lotId, from, customer, quantity, receipt, remaining } }];
    }
    case 'ReturnLot': {
      const held = lot.withCustomers[command.customer] ?? ZERO;
      const left = minus(held, micros(command.quantity));
      if (left < 0) {
        throw new RuleViolation('return-exceeds-sale', `${command.customer} holds ${quantityOf(held)} ${lot.uom} of lot ${lotId}, not ${command.quantity}`);
      }
      const { customer, location, quantity, reason } = command;
      return [{ type: 'LotReturned', data: { lotId, customer, location, quantity, reason, remaining: quantityOf(left) } }];
    }
    case 'AdjustLot': {
      const remaining =
        command.quantity < 0
          ? take(lot, command.location, -command.quantity)
          : quantityOf(plus(lot.atLocations[command.location] ?? ZERO, micros(command.quantity)));
      const count = command.countId === undefined ? {} : { countId: command.countId };
      return [{ type: 'LotAdjusted', data: { lotId, location: command.location, quantity: command.quantity, reason: command.reason, remaining, ...count } }];
    }
    case 'DisposeLot': {
      // Allowed for quarantined and expired stock: destroying it is how a recall or an expiry ends.
      const remaining = take(lot, command.from, command.quantity);
      return [{ type: 'LotDisposed', data: { lotId, from: command.from, quantity: command.quantity, reason: command.reason, remaining } }];
    }
    case 'ConsumeLotStock':
      return consume(command, lot);
    case 'AddLotInput':
      if (command.input === lotId) throw InvalidInput.field('intoLot', 'a lot is not consumed into itself');
      return [{ type: 'LotMadeFrom', data: { lotId, input: command.input, quantity: command.quantity, uom: command.uom } }];
    case 'AssignLotSerials':
      return assignSerials(command, lot);
    case 'ResolveLotRecall': {
      const hold = lot.recalls[command.recallId];
      if (!hold) throw new RuleViolation('held-by-recall', `lot ${lotId} is not held by recall ${command.recallId}`);
      if (hold.resolved) throw new RuleViolation('resolved-once', `lot ${lotId} is already resolved for recall ${command.recallId}`);
      return [{ type: 'LotRecallResolved', data: { lotId, recallId: command.recallId, action: command.action, note: command.note ?? null } }];
    }
    case 'HoldLot': {
      // Exactly once per lot and recall, however many paths reach it.
      if (lot.recalls[command.recallId]) return [];
      const { recallId, reason, severity, recalledAt } = command;
      return [{ type: 'LotRecalled', data: { lotId, recallId, reason, severity, recalledAt } }];
    }
    default: {
      const unhandled: never = command;
      return unhandled;
    }
  }
}

export const lotDecider: Decider<LotCommand, LotEvent, LotState> = {
  initialState: () => ({ exists: false }),

  evolve(state, event) {
    if (event.type === 'LotRegistered') return registeredLot(event);
    return state.exists ? evolveLot(state, event) : state;
  },

  decide(command, state) {
    if (command.type === 'RegisterLot') return register(command, state);
    if (!state.exists) throw new NotFound(`lot ${command.lotId} not found`);
    return decideChange(command, state);
  },
};

/** A sighting of the lot: recorded whatever its state, as evidence; it moves no quantity. */
export const observeLot = (lot: ExistingLot, seen: { location: string; party: string | null; occurredAt: string; warnings: string[] }): LotEvent[] => [
  { type: 'LotObserved', data: { lotId: lot.lotId, location: seen.location, party: seen.party, seenAt: seen.occurredAt, warnings: seen.warnings } },
];
