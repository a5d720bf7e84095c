import { Holder, lotOrigin } from '../genealogy/lineage';
import { carrying, placementOf } from '../genealogy/placement';
import { Decider } from '../shared/decider';
import { micros, plus, quantityOf } from '../shared/quantity';
import { AlreadyExists, InvalidInput, InvalidReference, NotFound, RuleViolation } from '../shared/errors';
import { AssignSerial, FindUnit, LotReference, MoveUnit, QuarantineUnit, ResolveRecall, ReturnUnit, UnitCommand, UnitLifecycleCommand } from './unit.commands';
import { evolveUnit } from './unit.evolve';
import { warrantyFrom } from './unit.warranty';
import { SerialAssigned, UnitEvent, UnitFound, UnitMoved, UnitReturned } from './unit.events';
import { holderOf } from './unit.holder';
import { assertAccepted, assertNotExpired, assertNotMissing, assertNotQuarantined, assertWhereCounted } from './unit.rules';
import { ExistingUnit, UnitState } from './unit.state';

function assertLotExists(lot: LotReference): void {
  if (lot.sku === null) throw new InvalidReference('lotId', `lot ${lot.lotId} does not exist`);
}

function assign(command: AssignSerial, state: UnitState): UnitEvent[] {
  const { sku, serial, location, lot } = command;
  if (state.exists) throw new AlreadyExists(`serial ${serial} is already assigned for SKU ${sku}`);
  if (lot) assertLotExists(lot);
  if (lot && lot.sku !== sku) {
    throw new InvalidReference('lotId', `lot ${lot.lotId} is of SKU ${lot.sku}, not ${sku}`);
  }
  const assigned: SerialAssigned = { type: 'SerialAssigned', data: { sku, serial, lotId: lot?.lotId ?? null, location } };
  if (lot?.expiresAt) assigned.data.expiresAt = lot.expiresAt;
  const from = lot?.producedAt ?? command.occurredAt;
  if (command.warranty?.startsAt !== 'manufacture' || from === undefined) return [assigned];
  return [assigned, { type: 'WarrantyStarted', data: { sku, serial, ...warrantyFrom(command.warranty, from) } }];
}

/**
 * What a recall decision looks at: where the unit is, who holds it, and its holds; `placement` where it is as a
 * unit built into others (read models show it so), else its own whereabouts count.
 */
export type HoldView = Pick<ExistingUnit, 'sku' | 'serial' | 'status' | 'location' | 'custodian' | 'customer' | 'destination' | 'container' | 'recalls'> & {
  placement?: Holder;
};

/** Quarantine and resolution; decided on a folded unit, or on read models at an exact revision (the recall reactor). */
export function decideHold(command: QuarantineUnit | ResolveRecall, unit: HoldView): UnitEvent[] {
  const id = { sku: unit.sku, serial: unit.serial };
  const hold = unit.recalls[command.recallId];
  if (command.type === 'QuarantineUnit') {
    // Exactly once per unit and recall, however many paths reach it.
    if (hold) return [];
    const { recallId, recalledAt, origin } = command;
    return [{ type: 'UnitQuarantined', data: { ...id, recallId, recalledAt, origin, holder: unit.placement ?? holderOf(unit) } }];
  }
  if (!hold) throw new RuleViolation('held-by-recall', `unit ${unit.sku}/${unit.serial} is not held by recall ${command.recallId}`);
  if (hold.resolved) throw new RuleViolation('resolved-once', `unit ${unit.sku}/${unit.serial} is already resolved for recall ${command.recallId}`);
  return [{ type: 'UnitRecallResolved', data: { ...id, recallId: command.recallId, action: command.action, note: command.note ?? null } }];
}

function consumedSoFar(unit: ExistingUnit, lotId: string): number {
  const entry = unit.lineage.find((e) => e.how === 'consumed' && e.origin === lotOrigin(lotId) && e.path.length === 1);
  return entry?.quantity ?? 0;
}

/** A return by the buyer; by anyone else only forced, with the reason and who brought it kept beside it. */
function returnOf(command: ReturnUnit, unit: ExistingUnit): Omit<UnitReturned['data'], 'sku' | 'serial'> {
  const buyer = unit.customer as string;
  const returned = { reason: command.reason, location: command.location, customer: buyer, custodian: unit.soldBy };
  if (command.customer === undefined || command.customer === buyer) return returned;
  if (!command.force) {
    throw new RuleViolation(
      'return-by-buyer',
      `unit ${unit.sku}/${unit.serial} was sold to ${buyer}, not ${command.customer}: force it with an overrideReason`,
    );
  }
  if (!command.overrideReason) throw InvalidInput.field('overrideReason', 'a forced return needs an overrideReason');
  return { ...returned, returnedBy: command.customer, overrideReason: command.overrideReason };
}

/** A move; `countId` only for a count's, so every other move keeps its shape. */
function moveOf(command: MoveUnit, unit: ExistingUnit): UnitMoved['data'] {
  const data: UnitMoved['data'] = {
    sku: unit.sku,
    serial: unit.serial,
    from: unit.location as string,
    to: command.to,
    reason: command.reason ?? null,
    ...carrying(unit),
  };
  if (command.countId !== undefined) data.countId = command.countId;
  return data;
}

/** A missing unit turned up (by a count, a sighting or a receipt): it is in stock where it was found. */
export function found(unit: ExistingUnit, where: Omit<FindUnit, 'type'>): UnitFound {
  const { location, countId, how, by } = where;
  const data: UnitFound['data'] = { sku: unit.sku, serial: unit.serial, location, countId, how, ...carrying(unit) };
  if (by !== undefined) data.by = by;
  return { type: 'UnitFound', data };
}

function lifecycle(command: UnitLifecycleCommand, unit: ExistingUnit): UnitEvent[] {
  if (command.type === 'QuarantineUnit' || command.type === 'ResolveRecall') return decideHold(command, unit);
  if (command.type === 'ReportUnitMissing') assertWhereCounted(command, unit);
  else assertAccepted(command.type, unit);
  const id = { sku: unit.sku, serial: unit.serial };
  // Accepted statuses guarantee a location for every command below that reads `here`.
  const here = unit.location as string;
  const withInside = carrying(unit);
  switch (command.type) {
    case 'MoveUnit':
      if (command.to === unit.location) {
        throw new RuleViolation('move-changes-location', `unit ${unit.sku}/${unit.serial} is already at ${command.to}`);
      }
      return [{ type: 'UnitMoved', data: moveOf(command, unit) }];
    case 'ShipUnit':
      assertNotQuarantined(unit, command.occurredAt);
      assertNotExpired(unit, command.occurredAt);
      return [{ type: 'UnitShipped', data: { ...id, from: here, to: command.to, ...withInside } }];
    case 'ReceiveUnit':
      // A missing unit's receipt is its finding: it needs no shipment, and says where it turned up and who holds it.
      if (unit.status === 'missing') return [found(unit, { location: command.location, countId: null, how: 'receipt', by: command.by })];
      return [{ type: 'UnitReceived', data: { ...id, by: command.by, location: command.location, ...withInside } }];
    case 'SellUnit':
      assertNotQuarantined(unit, command.occurredAt);
      assertNotExpired(unit, command.occurredAt);
      {
        const sold: UnitEvent = { type: 'UnitSold', data: { ...id, from: here, customer: command.customer, receipt: command.receipt, ...withInside } };
        // The warranty from the sale starts at the first one: a unit sold again after a return keeps the one it has.
        if (command.warranty?.startsAt !== 'sale' || unit.warranty || command.occurredAt === undefined) return [sold];
        return [sold, { type: 'WarrantyStarted', data: { ...id, ...warrantyFrom(command.warranty, command.occurredAt) } }];
      }
    case 'ReturnUnit':
      return [{ type: 'UnitReturned', data: { ...id, ...returnOf(command, unit), ...withInside } }];
    case 'RepairUnit':
      return [{ type: 'UnitRepaired', data: { ...id, description: command.description, location: here, ...withInside } }];
    case 'ScrapUnit':
      return [{ type: 'UnitScrapped', data: { ...id, reason: command.reason, from: unit.location, ...withInside } }];
    case 'ReportUnitMissing':
      return [{ type: 'UnitReportedMissing', data: { ...id, countId: command.countId, location: command.location, ...withInside } }];
    case 'FindUnit':
      return [found(unit, command)];
    case 'ConsumeLot': {
      // Built into a missing assembly, it is as missing as the assembly is.
      command.within?.forEach(assertNotMissing);
      assertLotExists(command.lot);
      const total = quantityOf(plus(micros(consumedSoFar(unit, command.lot.lotId)), micros(command.quantity)));
      const entry = { origin: lotOrigin(command.lot.lotId), how: 'consumed' as const, path: [id], quantity: total };
      const holder = placementOf(unit, command.within ?? []);
      return [{ type: 'LotConsumed', data: { ...id, lotId: command.lot.lotId, quantity: command.quantity, entry, holder } }];
    }
  }
}

export const unitDecider: Decider<UnitCommand, UnitEvent, UnitState> = {
  initialState: () => ({ exists: false }),
  evolve: evolveUnit,
  decide(command, state) {
    if (command.type === 'AssignSerial') return assign(command, state);
    if (!state.exists) throw new NotFound('unit not found');
    return lifecycle(command, state);
  },
};
