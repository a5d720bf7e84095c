import { datesWarranty, ExistingUnit, fold, isUnitEvent, placementOf, UnitEvent, unitDecider, warrantyStatus } from '@trace/domain';
import { changesPlacement } from '@trace/projections';
import { UnitResponse } from '../../shared/unit-view';

/**
 * The two clocks of time travel. `asOf` is "as it happened": events that occurred by then, in the order they
 * occurred. `knownAt` is "as we knew it then": only events recorded by then. Given alone, `knownAt` answers
 * what the service itself answered at that moment (recording order); together, what we believed at `knownAt`
 * about the unit's state at `asOf`. Both are normalised ISO 8601 instants.
 */
export interface TimeClock {
  asOf?: string;
  knownAt?: string;
}

/** What time travel needs of an event, whether read from the log or from the location-intervals model. */
export interface TimedEvent {
  type: string;
  data: object;
  occurredAt: string;
  recordedAt: string;
  position: number;
  revision: number;
}

/** Where a unit was and who held it at the clock's time: the shape of the current view; `lastEventAt`/`revision` name the last change counted. */
export type UnitWhereabouts = UnitResponse;

/**
 * The events the clock selects, in the order to fold them. "As it happened" orders by `occurredAt`; two
 * events that occurred at the same instant keep the order they were recorded in (log position), the only
 * order both happened in for sure. Without `asOf`, the order is the recording order.
 */
export function byClock<E extends TimedEvent>(events: E[], clock: TimeClock): E[] {
  const { asOf, knownAt } = clock;
  const selected = events.filter((event) => (knownAt === undefined || event.recordedAt <= knownAt) && (asOf === undefined || event.occurredAt <= asOf));
  const order =
    asOf === undefined
      ? (a: E, b: E) => a.position - b.position
      : (a: E, b: E) => (a.occurredAt < b.occurredAt ? -1 : a.occurredAt > b.occurredAt ? 1 : a.position - b.position);
  return selected.sort(order);
}

/** A unit's state by the clock, folded with the unit decider's own `evolve`, and the last event that counted; null when it did not exist yet. */
export function stateAt(events: TimedEvent[], clock: TimeClock): { state: ExistingUnit; last: TimedEvent } | null {
  const selected = byClock(
    events.filter((event): event is TimedEvent & UnitEvent => isUnitEvent(event) && (changesPlacement(event) || datesWarranty(event))),
    clock,
  );
  const state = fold(unitDecider, selected);
  return state.exists ? { state, last: selected[selected.length - 1] } : null;
}

/**
 * A unit's whereabouts by the clock; `within` are the units it was built into then, nearest first, when they were
 * read: it was where the outermost one was. Without them, a unit built into another names only its parent.
 */
export function whereaboutsAt(events: TimedEvent[], clock: TimeClock, within?: ExistingUnit[]): UnitWhereabouts | null {
  const at = stateAt(events, clock);
  if (!at) return null;
  const { state, last } = at;
  const placement = placementOf(state, within ?? []);
  return {
    sku: state.sku,
    serial: state.serial,
    lotId: state.lotId,
    status: placement.status,
    location: placement.location,
    custodian: placement.custodian,
    customer: placement.customer,
    destination: placement.destination ?? null,
    installedIn: within?.length ? within.map(({ sku, serial }) => ({ sku, serial })) : state.parent && [state.parent],
    container: state.container,
    lastEventAt: last.occurredAt,
    revision: last.revision,
    warranty: { status: warrantyStatus(state.warranty, clock.asOf ?? clock.knownAt ?? new Date().toISOString()), endsAt: state.warranty?.endsAt ?? null },
  };
}
