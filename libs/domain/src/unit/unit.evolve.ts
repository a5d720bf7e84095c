import { lotOrigin, merged, unitOrigin, without } from '../genealogy/lineage';
import { isUnitRecordEvent, UnitEvent } from './unit.events';
import { ExistingUnit, UnitState } from './unit.state';

/** Where a unit is, who holds it, and what carries it (a parent, a container). */
export type Whereabouts = Pick<ExistingUnit, 'status' | 'location' | 'custodian' | 'customer' | 'destination' | 'parent' | 'container'>;

/**
 * What each event does to a unit's whereabouts: the one table that `evolve` (decisions, time travel) and the read
 * models both follow. Events of genealogy and recalls change none of it.
 */
export function whereaboutsChange(event: UnitEvent): Partial<Whereabouts> {
  // Evidence and warranty paperwork never move anything by themselves.
  if (isUnitRecordEvent(event)) return {};
  switch (event.type) {
    case 'SerialAssigned':
      return { status: 'in_stock', location: event.data.location, custodian: null, customer: null, destination: null, parent: null, container: null };
    case 'UnitMoved':
      return { location: event.data.to };
    case 'UnitShipped':
      return { status: 'in_transit', location: null, destination: event.data.to };
    case 'UnitReceived':
      return { status: 'in_stock', location: event.data.location, custodian: event.data.by, destination: null };
    case 'UnitSold':
      return { status: 'sold', location: null, custodian: event.data.customer, customer: event.data.customer };
    case 'UnitReturned':
      return { status: 'returned', location: event.data.location, custodian: event.data.custodian, customer: null };
    case 'UnitRepaired':
      // Repaired under a warranty claim, it stays with its customer.
      return event.data.claimId === undefined ? { status: 'in_stock' } : {};
    case 'UnitScrapped':
      return { status: 'scrapped', location: null, destination: null };
    case 'UnitReportedMissing':
      // Nowhere until found; who held it still does (a plain find puts it back with them, as a move keeps them).
      return { status: 'missing', location: null };
    case 'UnitFound':
      // As a receipt sets the holder to `by`; found by a count or a sighting, whoever held it still does.
      return event.data.by === undefined
        ? { status: 'in_stock', location: event.data.location }
        : { status: 'in_stock', location: event.data.location, custodian: event.data.by };
    case 'WarrantyClaimResolved':
      // A replaced unit comes back as a return does; a repair or a refund moves nothing.
      return event.data.action === 'replaced' ? { status: 'returned', location: event.data.returnedTo, custodian: event.data.custodian, customer: null } : {};
    case 'UnitGivenAsReplacement':
      return { status: 'sold', location: null, custodian: event.data.customer, customer: event.data.customer };
    case 'UnitInstalled':
      return { parent: event.data.parent, location: null };
    case 'UnitRemoved':
      return { parent: null, location: event.data.location };
    case 'UnitPacked':
      return { container: event.data.container };
    case 'UnitUnpacked':
      return { container: null };
    case 'LotConsumed':
    case 'ComponentInstalled':
    case 'ComponentRemoved':
    case 'LineageExtended':
    case 'LineageReduced':
    case 'UnitQuarantined':
    case 'UnitRecallResolved':
      return {};
    default: {
      const unhandled: never = event;
      throw new Error(`no whereabouts effect for ${(unhandled as UnitEvent).type}`);
    }
  }
}

/** The rest of a unit's state an event changes: who sold it, its genealogy, its holds. */
function evolveExisting(unit: ExistingUnit, event: UnitEvent): ExistingUnit {
  if (event.type === 'SerialAssigned') return unit;
  // One copy per event, completed in place: folds run for every decision and every time-travel answer.
  const next: ExistingUnit = { ...unit, ...whereaboutsChange(event) };
  switch (event.type) {
    case 'UnitSold':
      // Whoever held it when sold takes it back on return.
      next.soldBy = unit.custodian;
      return next;
    case 'UnitReturned':
      next.soldBy = null;
      return next;
    case 'UnitGivenAsReplacement': {
      next.soldBy = unit.custodian;
      const { startsAt, endsAt } = event.data;
      next.warranty = { basis: 'replacement', startsAt, months: 0, endsAt, extensions: [], voided: null };
      return next;
    }
    case 'WarrantyStarted': {
      const { basis, startsAt, months, endsAt } = event.data;
      next.warranty = { basis, startsAt, months, endsAt, extensions: [], voided: null };
      return next;
    }
    case 'WarrantyExtended':
      if (unit.warranty) {
        const { months, reason, endsAt } = event.data;
        const extended = unit.warranty.months > 0 ? unit.warranty.months + months : 0;
        next.warranty = { ...unit.warranty, months: extended, endsAt, extensions: [...unit.warranty.extensions, { months, reason, endsAt }] };
      }
      return next;
    case 'WarrantyVoided':
      if (unit.warranty) next.warranty = { ...unit.warranty, voided: { reason: event.data.reason } };
      return next;
    case 'WarrantyClaimFiled':
      next.claims = { ...unit.claims, [event.data.claimId]: { state: 'open', customer: event.data.customer } };
      return next;
    case 'WarrantyClaimDecided':
      next.claims = { ...unit.claims, [event.data.claimId]: { ...unit.claims[event.data.claimId], state: event.data.approved ? 'approved' : 'rejected' } };
      return next;
    case 'WarrantyClaimResolved':
      next.claims = { ...unit.claims, [event.data.claimId]: { ...unit.claims[event.data.claimId], state: 'resolved' } };
      if (event.data.action === 'replaced') next.soldBy = null;
      if (unit.warranty && event.data.warrantyEndsAt !== null) next.warranty = { ...unit.warranty, endsAt: event.data.warrantyEndsAt };
      return next;
    case 'LotConsumed':
      next.lineage = merged(unit.lineage, [event.data.entry]);
      return next;
    case 'ComponentInstalled':
      next.components = [...unit.components, event.data.component];
      next.lineage = merged(unit.lineage, event.data.lineage);
      return next;
    case 'ComponentRemoved': {
      const { sku, serial } = event.data.component;
      next.components = unit.components.filter((c) => c.sku !== sku || c.serial !== serial);
      next.lineage = without(unit.lineage, event.data.lineage);
      return next;
    }
    case 'LineageExtended':
      next.lineage = merged(unit.lineage, event.data.lineage);
      return next;
    case 'LineageReduced':
      next.lineage = without(unit.lineage, event.data.lineage);
      return next;
    case 'UnitQuarantined':
      next.recalls = { ...unit.recalls, [event.data.recallId]: { recalledAt: event.data.recalledAt, resolved: false } };
      return next;
    case 'UnitRecallResolved':
      next.recalls = { ...unit.recalls, [event.data.recallId]: { ...unit.recalls[event.data.recallId], resolved: true } };
      return next;
    case 'UnitObserved':
      next.lastSeen = { location: event.data.location, at: event.data.seenAt };
      return next;
    case 'UnitReportedMissing':
      next.missingSince = event.data.countId;
      return next;
    case 'UnitFound':
    case 'UnitScrapped':
      next.missingSince = null;
      return next;
    case 'UnitSuspected':
      next.suspect = true;
      return next;
    case 'UnitSuspicionCleared':
      next.suspect = false;
      return next;
    case 'UnitMoved':
    case 'UnitShipped':
    case 'UnitReceived':
    case 'UnitRepaired':
    case 'UnitInstalled':
    case 'UnitRemoved':
    case 'UnitPacked':
    case 'UnitUnpacked':
    case 'UnitVerified':
      return next;
    default: {
      const unhandled: never = event;
      return unhandled;
    }
  }
}

export function evolveUnit(state: UnitState, event: UnitEvent): UnitState {
  if (state.exists) return evolveExisting(state, event);
  if (event.type !== 'SerialAssigned') return state;
  const { sku, serial, lotId } = event.data;
  const self = { sku, serial };
  return {
    exists: true,
    sku,
    serial,
    lotId,
    expiresAt: event.data.expiresAt ?? null,
    status: 'in_stock',
    location: null,
    custodian: null,
    customer: null,
    destination: null,
    parent: null,
    container: null,
    ...whereaboutsChange(event),
    soldBy: null,
    components: [],
    lineage: [
      { origin: unitOrigin(self), how: 'self', path: [self] },
      ...(lotId === null ? [] : [{ origin: lotOrigin(lotId), how: 'lot' as const, path: [self] }]),
    ],
    recalls: {},
    suspect: false,
    missingSince: null,
    lastSeen: null,
    warranty: null,
    claims: {},
  };
}
