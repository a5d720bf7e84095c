import { InvalidInput, NotFound, RuleViolation } from '../shared/errors';
import { UnitRef } from '../shared/identifiers';
import { carrying } from '../genealogy/placement';
import { assertAccepted, assertNotExpired, assertNotQuarantined } from './unit.rules';
import { ClaimAction, UnitEvent, WarrantyBasis, WarrantyTerms } from './unit.events';
import { ExistingUnit, UnitWarranty, WarrantyStatus } from './unit.state';

/**
 * `months` calendar months after an instant, at the same time of day (UTC): a start on the 31st ends on the last day
 * of a shorter month (2026-01-31 + 1 month is 2026-02-28).
 */
export function addMonths(instant: string, months: number): string {
  const start = new Date(instant);
  const year = start.getUTCFullYear();
  const month = start.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const end = new Date(start);
  end.setUTCDate(1);
  end.setUTCFullYear(year, month, Math.min(start.getUTCDate(), lastDay));
  return end.toISOString();
}

/** The warranty's status at an instant: none before it starts (or without one), void once voided, then active until `endsAt`. */
export function warrantyStatus(warranty: (Pick<UnitWarranty, 'startsAt' | 'endsAt'> & { voided: unknown }) | null, at: string): WarrantyStatus {
  if (!warranty || Date.parse(at) < Date.parse(warranty.startsAt)) return 'none';
  if (warranty.voided) return 'void';
  return Date.parse(at) < Date.parse(warranty.endsAt) ? 'active' : 'expired';
}

/** Events that date a unit's warranty: time travel and the location intervals keep them with its whereabouts. */
export const datesWarranty = (event: { type: string }): boolean =>
  event.type === 'WarrantyStarted' ||
  event.type === 'WarrantyExtended' ||
  event.type === 'WarrantyVoided' ||
  event.type === 'UnitGivenAsReplacement' ||
  event.type === 'WarrantyClaimResolved';

/** The warranty a unit's terms start at `startsAt`. */
export const warrantyFrom = (terms: WarrantyTerms, startsAt: string): { basis: WarrantyBasis; months: number; startsAt: string; endsAt: string } => ({
  basis: terms.startsAt,
  months: terms.months,
  startsAt: new Date(startsAt).toISOString(),
  endsAt: addMonths(startsAt, terms.months),
});

export interface ExtendWarranty {
  type: 'ExtendWarranty';
  months: number;
  reason: string;
}
export interface VoidWarranty {
  type: 'VoidWarranty';
  reason: string;
}
/** `occurredAt`: when the claim was made; the warranty is judged then. */
export interface FileClaim {
  type: 'FileClaim';
  claimId: string;
  customer: string;
  problem: string;
  occurredAt: string;
  goodwill?: boolean;
  reason?: string;
}
export interface DecideClaim {
  type: 'DecideClaim';
  claimId: string;
  approved: boolean;
  reason: string;
}
export interface ResolveClaim {
  type: 'ResolveClaim';
  claimId: string;
  action: ClaimAction;
  note: string;
  replacement?: UnitRef;
  returnedTo?: string;
  /** When it was resolved: a replaced unit's warranty ends then (the replacement took it over). */
  occurredAt: string;
}
/** Addressed to the unit given in place of `replaces`, whose warranty it takes over (to `endsAt`). */
export interface GiveAsReplacement {
  type: 'GiveAsReplacement';
  claimId: string;
  replaces: UnitRef;
  customer: string;
  endsAt: string;
  occurredAt: string;
}

export type WarrantyCommand = ExtendWarranty | VoidWarranty | FileClaim | DecideClaim | ResolveClaim | GiveAsReplacement;

const label = (unit: ExistingUnit) => `unit ${unit.sku}/${unit.serial}`;

function startedWarranty(unit: ExistingUnit): UnitWarranty {
  if (!unit.warranty)
    throw new RuleViolation('no-warranty', `${label(unit)} has no warranty: it starts at its sale, or at manufacture, when its product has terms`);
  if (unit.warranty.voided) throw new RuleViolation('warranty-void', `${label(unit)}'s warranty was voided: ${unit.warranty.voided.reason}`);
  return unit.warranty;
}

/** A scrapped unit is done with: no claim on it, no resolution of one. */
function assertNotScrapped(unit: ExistingUnit): void {
  if (unit.status === 'scrapped') assertAccepted('ReturnUnit', unit);
}

function claimOf(unit: ExistingUnit, claimId: string) {
  const claim = unit.claims[claimId];
  if (!claim) throw new NotFound(`claim ${claimId} of ${label(unit)} not found`);
  return claim;
}

function file(command: FileClaim, unit: ExistingUnit): UnitEvent[] {
  if (command.goodwill && !command.reason) throw InvalidInput.field('reason', 'a goodwill claim needs a reason');
  assertNotScrapped(unit);
  if (unit.warranty?.voided) throw new RuleViolation('warranty-void', `${label(unit)}'s warranty was voided: ${unit.warranty.voided.reason}`);
  if (unit.customer !== command.customer) {
    throw new RuleViolation('claim-by-owner', `${label(unit)} belongs to ${unit.customer ?? 'no customer'}, not ${command.customer}: only its owner claims`);
  }
  const open = Object.entries(unit.claims).find(([, claim]) => claim.state === 'open' || claim.state === 'approved');
  if (open) throw new RuleViolation('one-open-claim', `${label(unit)} already has claim ${open[0]} open: resolve it first`);
  const status = warrantyStatus(unit.warranty, command.occurredAt);
  if (status !== 'active' && !command.goodwill) {
    const why = status === 'none' ? 'had no warranty in force' : `was out of warranty (it ended ${unit.warranty?.endsAt})`;
    throw new RuleViolation('warranty-expired', `${label(unit)} ${why} at ${command.occurredAt}: file it as goodwill, with a reason`);
  }
  const { claimId, customer, problem, occurredAt } = command;
  return [
    {
      type: 'WarrantyClaimFiled',
      data: {
        sku: unit.sku,
        serial: unit.serial,
        claimId,
        customer,
        problem,
        goodwill: command.goodwill ?? false,
        reason: command.reason ?? null,
        lotId: unit.lotId,
        filedAt: occurredAt,
      },
    },
  ];
}

function resolve(command: ResolveClaim, unit: ExistingUnit): UnitEvent[] {
  if (command.action === 'replaced') {
    if (!command.replacement) throw InvalidInput.field('replacement', 'a replacement names the unit given instead');
    if (!command.returnedTo) throw InvalidInput.field('returnedTo', 'a replaced unit comes back: say where');
    if (command.replacement.sku === unit.sku && command.replacement.serial === unit.serial) {
      throw InvalidInput.field('replacement', 'a unit does not replace itself');
    }
  }
  const claim = claimOf(unit, command.claimId);
  if (claim.state !== 'approved')
    throw new RuleViolation('claim-not-approved', `claim ${command.claimId} is ${claim.state}: only an approved claim is resolved`);
  assertNotScrapped(unit);
  const id = { sku: unit.sku, serial: unit.serial };
  const { claimId, action, note } = command;
  if (action === 'replaced') {
    // It comes back as a return does: from its customer (or from where it was brought back to already).
    if (unit.status !== 'returned') assertAccepted('ReturnUnit', unit);
    const replacement = command.replacement as UnitRef;
    const returnedTo = command.returnedTo as string;
    // Its warranty ends here: the replacement took over what was left of it.
    const warrantyEndsAt = unit.warranty ? command.occurredAt : null;
    return [
      {
        type: 'WarrantyClaimResolved',
        data: { ...id, claimId, action, note, replacement, returnedTo, custodian: unit.soldBy, warrantyEndsAt, ...carrying(unit) },
      },
    ];
  }
  const resolved: UnitEvent = {
    type: 'WarrantyClaimResolved',
    data: { ...id, claimId, action, note, replacement: null, returnedTo: null, custodian: null, warrantyEndsAt: null },
  };
  // Repaired under warranty: the unit's own repair, which leaves it with its customer.
  if (action === 'repaired')
    return [resolved, { type: 'UnitRepaired', data: { ...id, description: note, location: unit.location, claimId, ...carrying(unit) } }];
  return [resolved];
}

/**
 * Warranty decisions on a unit: extensions and voiding, claims (filed against the warranty at the claim's time, by the
 * unit's customer, one open at a time; decided; resolved once approved), and a unit given as a replacement.
 */
export function decideWarranty(command: WarrantyCommand, unit: ExistingUnit): UnitEvent[] {
  const id = { sku: unit.sku, serial: unit.serial };
  switch (command.type) {
    case 'ExtendWarranty': {
      const warranty = startedWarranty(unit);
      // Counted from its start, so a start on the 31st keeps ending on the 31st where the month has one.
      const endsAt = warranty.months > 0 ? addMonths(warranty.startsAt, warranty.months + command.months) : addMonths(warranty.endsAt, command.months);
      return [{ type: 'WarrantyExtended', data: { ...id, months: command.months, reason: command.reason, endsAt } }];
    }
    case 'VoidWarranty':
      startedWarranty(unit);
      return [{ type: 'WarrantyVoided', data: { ...id, reason: command.reason } }];
    case 'FileClaim':
      return file(command, unit);
    case 'DecideClaim': {
      const claim = claimOf(unit, command.claimId);
      if (claim.state !== 'open') throw new RuleViolation('claim-decided', `claim ${command.claimId} is already ${claim.state}`);
      return [{ type: 'WarrantyClaimDecided', data: { ...id, claimId: command.claimId, approved: command.approved, reason: command.reason } }];
    }
    case 'ResolveClaim':
      return resolve(command, unit);
    case 'GiveAsReplacement': {
      // Any unit in stock may be given, as it could be sold: not held by a recall, not expired, not packed or built in.
      assertAccepted('SellUnit', unit);
      assertNotQuarantined(unit, command.occurredAt);
      assertNotExpired(unit, command.occurredAt);
      const { claimId, replaces, customer, endsAt, occurredAt } = command;
      const from = unit.location as string;
      return [{ type: 'UnitGivenAsReplacement', data: { ...id, claimId, replaces, customer, from, startsAt: occurredAt, endsAt, ...carrying(unit) } }];
    }
  }
}
