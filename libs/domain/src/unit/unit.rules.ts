import { isExpired } from '../lot/lot.decider';
import { RuleViolation } from '../shared/errors';
import { ReportUnitMissing, UnitLifecycleCommand } from './unit.commands';
import { ExistingUnit, UnitStatus } from './unit.state';

/**
 * Commands that follow the physical state machine. Recall bookkeeping is accepted in any state, `missing` included:
 * a recall must still reach a unit nobody can find (it is held wherever it turns up, and resolved like any other).
 */
type PhysicalCommand = Exclude<UnitLifecycleCommand['type'], 'QuarantineUnit' | 'ResolveRecall'>;

/**
 * The state machine: from which statuses each command is accepted. Documented in docs/operators.md. A `missing`
 * unit accepts only being found (`FindUnit`; a receipt, which finds it) and scrapping: rule `missing-until-found`.
 */
export const ACCEPTED_FROM: Record<PhysicalCommand, readonly UnitStatus[]> = {
  MoveUnit: ['in_stock', 'returned'],
  ShipUnit: ['in_stock', 'returned'],
  ReceiveUnit: ['in_transit', 'missing'],
  SellUnit: ['in_stock', 'returned'],
  ReturnUnit: ['sold'],
  RepairUnit: ['in_stock', 'returned'],
  ScrapUnit: ['in_stock', 'in_transit', 'sold', 'returned', 'missing'],
  ConsumeLot: ['in_stock', 'returned'],
  ReportUnitMissing: ['in_stock', 'returned'],
  FindUnit: ['missing'],
};

const ACTION: Record<PhysicalCommand, string> = {
  MoveUnit: 'moved',
  ShipUnit: 'shipped',
  ReceiveUnit: 'received',
  SellUnit: 'sold',
  ReturnUnit: 'returned',
  RepairUnit: 'repaired',
  ScrapUnit: 'scrapped',
  ConsumeLot: 'built with more material',
  ReportUnitMissing: 'reported missing',
  FindUnit: 'found',
};

const name = (unit: Pick<ExistingUnit, 'sku' | 'serial'>) => `unit ${unit.sku}/${unit.serial}`;

/**
 * Rule `missing-until-found`: a missing unit is nowhere, so nothing can happen to it but being found (a sighting, a
 * count, a receipt) or scrapped; nor can it be packed or built into anything. Recall holds and evidence still reach it.
 */
export function assertNotMissing(unit: Pick<ExistingUnit, 'sku' | 'serial' | 'status' | 'missingSince'>): void {
  if (unit.status !== 'missing') return;
  throw new RuleViolation(
    'missing-until-found',
    `${name(unit)} is missing since count ${unit.missingSince}: only being found (a sighting, a count, a receipt) or scrapping is accepted`,
  );
}

/** Throws the rule that refuses `command` for a unit in `unit.status`, naming the rule. */
export function assertAccepted(command: PhysicalCommand, unit: ExistingUnit): void {
  // Missing or not comes first: a missing unit is never packed nor installed (neither can be reported missing).
  if (command === 'FindUnit' && unit.status !== 'missing') {
    throw new RuleViolation('not-missing', `${name(unit)} is ${unit.status}, not missing: only a missing unit can be found`);
  }
  if (unit.status === 'missing' && !ACCEPTED_FROM[command].includes('missing')) assertNotMissing(unit);
  if (unit.parent && command !== 'ConsumeLot') {
    throw new RuleViolation(
      'installed-unit-moves-with-parent',
      `${name(unit)} is installed in ${unit.parent.sku}/${unit.parent.serial}: remove it before it can be ${ACTION[command]}`,
    );
  }
  if (unit.container && command !== 'ConsumeLot') {
    throw new RuleViolation(
      'packed-unit-moves-with-container',
      `${name(unit)} is packed in container ${unit.container}: unpack it before it can be ${ACTION[command]}`,
    );
  }
  if (ACCEPTED_FROM[command].includes(unit.status)) return;
  const action = ACTION[command];
  switch (unit.status) {
    case 'scrapped':
      throw new RuleViolation('scrapped-is-final', `${name(unit)} is scrapped and accepts nothing more`);
    case 'in_transit':
      throw new RuleViolation('receive-before-use', `${name(unit)} is in transit to ${unit.destination}: record its receipt before it can be ${action}`);
    case 'sold':
      if (command === 'SellUnit') {
        throw new RuleViolation('sold-until-returned', `${name(unit)} is already sold: record a return before selling it again`);
      }
      throw new RuleViolation('sold-unit-is-with-customer', `${name(unit)} is sold to ${unit.customer}: record a return before it can be ${action}`);
    default:
      if (command === 'ReturnUnit') {
        throw new RuleViolation('return-requires-sale', `${name(unit)} is ${unit.status}, not sold: only a sold unit can be returned`);
      }
      throw new RuleViolation('receive-requires-shipment', `${name(unit)} is ${unit.status}, not in transit: only a shipped unit can be received`);
  }
}

/**
 * Rule `moved-since-count`: a count's reconciliation reports missing only a unit the record still places where the
 * count looked for it, in stock or returned. Anything recorded since (a move, a sale, a shipment, a scrap) says
 * where it went: it is not missing. A unit packed in a container (`packed-unit-moves-with-container`) or built into
 * another (`installed-unit-moves-with-parent`) is refused too: packed, a missing unit would travel with its
 * container on paper; the reconciliation unpacks it first (the box was there, the unit was not).
 */
export function assertWhereCounted(command: ReportUnitMissing, unit: ExistingUnit): void {
  assertNotMissing(unit);
  // Packed or installed, its own rule refuses it (assertAccepted names it for this command).
  if (unit.parent || unit.container) assertAccepted('ReportUnitMissing', unit);
  if (ACCEPTED_FROM.ReportUnitMissing.includes(unit.status) && unit.location === command.location) return;
  const now = unit.location === null ? unit.status : `${unit.status} at ${unit.location}`;
  throw new RuleViolation(
    'moved-since-count',
    `${name(unit)} is ${now}, not in stock at ${command.location} where count ${command.countId} looked for it: it is not missing`,
  );
}

/** Lifecycle commands a hold refuses (the decider asserts it for each); installation is refused too. */
export const REFUSED_WHILE_HELD: ReadonlySet<UnitLifecycleCommand['type']> = new Set(['SellUnit', 'ShipUnit']);

/**
 * A unit held by an open recall cannot leave the company or be built into something else. A fact that
 * happened before the recall is still recorded (it happened); the recall reactor then catches its lineage.
 */
export function assertNotQuarantined(unit: ExistingUnit, occurredAt: string | undefined): void {
  const when = occurredAt ? Date.parse(occurredAt) : Number.POSITIVE_INFINITY;
  for (const [recallId, hold] of Object.entries(unit.recalls)) {
    if (!hold.resolved && Date.parse(hold.recalledAt) <= when) {
      throw new RuleViolation('quarantined', `${name(unit)} is quarantined by recall ${recallId}: resolve it for that recall first`);
    }
  }
}

/** A recall's affected set lists the unit, but the unit's history does not record that recall yet. */
export interface PendingHold {
  recallId: string;
  recalledAt: string;
}

/**
 * A unit (or lot) as a hold decision must see it while the recall reactor has not reached it yet: a recall that
 * the read models already say affects it holds it already. Its own history wins for any recall it records (held, or
 * resolved).
 */
export function withPendingHolds<Held extends { recalls: Record<string, { recalledAt: string; resolved: boolean }> }>(
  held: Held,
  pending: PendingHold[],
): Held {
  const missing = pending.filter((hold) => !(hold.recallId in held.recalls));
  if (!missing.length) return held;
  const recalls = { ...held.recalls };
  for (const { recallId, recalledAt } of missing) recalls[recallId] = { recalledAt, resolved: false };
  return { ...held, recalls };
}

/** A unit of an expired lot cannot be sold or shipped (`occurredAt` from the lot's `expiresAt` on); handlers give the time. */
export function assertNotExpired(unit: ExistingUnit, occurredAt: string | undefined): void {
  if (occurredAt !== undefined && isExpired(unit.expiresAt, occurredAt)) {
    throw new RuleViolation('expired', `${name(unit)} is of lot ${unit.lotId}, which expired at ${unit.expiresAt}`);
  }
}
