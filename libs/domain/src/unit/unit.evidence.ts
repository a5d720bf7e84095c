import { instantMs } from '../shared/instant';
import { RuleViolation } from '../shared/errors';
import { found } from './unit.decider';
import { SuspectRule, UnitEvent } from './unit.events';
import { ExistingUnit } from './unit.state';

/** A sighting of a unit, with what the scan found that does not fit the record (see scanWarnings). */
export interface ObserveUnit {
  type: 'ObserveUnit';
  location: string;
  party: string | null;
  occurredAt: string;
  warnings: string[];
  /** Two sightings at different locations closer in time than this are one serial in two places. */
  travelMinutes: number;
}

/** A verification request and its answer. */
export interface VerifyUnit {
  type: 'VerifyUnit';
  verified: boolean;
  reason: string | null;
  additionalInfo: string[];
}

export interface ClearSuspicion {
  type: 'ClearSuspicion';
  note: string;
}

export type EvidenceCommand = ObserveUnit | VerifyUnit | ClearSuspicion;

const suspected = (unit: ExistingUnit, rule: SuspectRule, evidence: string): UnitEvent => ({
  type: 'UnitSuspected',
  data: { sku: unit.sku, serial: unit.serial, rule, evidence },
});

/** What makes a sighting suspect: after a scrap, with a party the record cannot explain, or two places at once. */
function sightingSuspicions(unit: ExistingUnit, command: ObserveUnit): UnitEvent[] {
  const at = `${command.location} at ${command.occurredAt}`;
  if (unit.status === 'scrapped') return [suspected(unit, 'seen-after-scrap', `seen at ${at}, after it was scrapped`)];
  if (command.party !== null && unit.status === 'sold' && command.party !== unit.customer) {
    return [suspected(unit, 'unexplained-party', `seen with ${command.party} at ${at}; sold to ${unit.customer}`)];
  }
  const last = unit.lastSeen;
  if (last && last.location !== command.location) {
    const apart = Math.abs((instantMs(command.occurredAt) ?? 0) - (instantMs(last.at) ?? 0)) / 60_000;
    if (apart < command.travelMinutes) {
      return [suspected(unit, 'impossible-travel', `seen at ${at} and at ${last.location} at ${last.at}, ${Math.round(apart)} min apart`)];
    }
  }
  return [];
}

/**
 * Evidence about a unit, decided on its folded state: a sighting (which moves nothing, but finds a missing unit
 * where it was seen first), a verification and its answer, and suspicions with what raised them; clearing needs a
 * suspicion to clear. Verifications and suspicions are recorded for a missing unit as for any other.
 */
export function decideEvidence(command: EvidenceCommand, unit: ExistingUnit): UnitEvent[] {
  const id = { sku: unit.sku, serial: unit.serial };
  switch (command.type) {
    case 'ObserveUnit': {
      const { location, party, occurredAt, warnings } = command;
      const observed: UnitEvent = { type: 'UnitObserved', data: { ...id, location, party, seenAt: occurredAt, warnings } };
      const sighting = [observed, ...sightingSuspicions(unit, command)];
      return unit.status === 'missing' ? [found(unit, { location, countId: null, how: 'sighting' }), ...sighting] : sighting;
    }
    case 'VerifyUnit': {
      const { verified, reason, additionalInfo } = command;
      const answered: UnitEvent = { type: 'UnitVerified', data: { ...id, verified, reason, additionalInfo } };
      return unit.status === 'scrapped' ? [answered, suspected(unit, 'verified-after-scrap', 'verification asked for a scrapped unit')] : [answered];
    }
    case 'ClearSuspicion':
      if (!unit.suspect) throw new RuleViolation('not-suspect', `unit ${unit.sku}/${unit.serial} is not suspect`);
      return [{ type: 'UnitSuspicionCleared', data: { ...id, note: command.note } }];
  }
}
