import { Holder, UnitEvent, unitToken } from '@trace/domain';
import { Change, ReadDocument } from '@trace/read-store';
import { fieldsFor } from './unit-fields';

/** What a unit built into another shows as its own: where the outermost unit is, who holds it, where it is going. */
const CARRIED = ['status', 'location', 'custodian', 'customer', 'destination'];
/** Where a unit is and who holds it, plus the container it is packed in (packing happens in place) and its parent. */
const PLACEMENT = [...CARRIED, 'container', 'installedIn'];

// These run for every event of a replay, in three projections: plain loops and literals, no spreads or entries.
function only(fields: ReadDocument, names: string[]): ReadDocument {
  const kept: ReadDocument = {};
  for (const field in fields) if (names.includes(field)) kept[field] = fields[field];
  return kept;
}

const carried = (holder: Holder): ReadDocument => ({
  status: holder.status,
  location: holder.location,
  custodian: holder.custodian,
  customer: holder.customer,
  destination: holder.destination ?? null,
});

const topOf = (holder: Holder) => (holder.top ? unitToken(holder.top) : null);

/** A holder as rows store it: the outermost unit as its token, so rows of units inside one are found by it. */
export const holderFields = (holder: Holder): ReadDocument => ({
  status: holder.status,
  location: holder.location,
  custodian: holder.custodian,
  customer: holder.customer,
  destination: holder.destination ?? null,
  container: holder.container,
  top: topOf(holder),
});

/** Each event's placement, computed once for the projections that all ask for it. */
const placements = new WeakMap<UnitEvent, ReadDocument>();

/**
 * What an event sets of its unit's own placement. Installed, a unit is where the outermost unit is (and names it as
 * `top`); removed, it is where it is on its own. Events recorded before installations said so change the location
 * only. The answer is shared: copy it before changing it.
 */
export function ownPlacement(event: UnitEvent): ReadDocument {
  let placement = placements.get(event);
  if (placement) return placement;
  placement = only(fieldsFor(event), PLACEMENT);
  if ((event.type === 'UnitInstalled' || event.type === 'UnitRemoved') && event.data.holder) {
    const { holder } = event.data;
    Object.assign(placement, carried(holder), { top: topOf(holder) });
  }
  placements.set(event, placement);
  return placement;
}

/** Whether a unit event changes where the unit is or who holds it (genealogy and recall events do not). */
export const changesWhereabouts = (event: UnitEvent): boolean =>
  Object.keys(fieldsFor(event)).some((field) => CARRIED.includes(field) && field !== 'destination');

/** Whether a unit event changes its whereabouts or the container it is packed in. */
export const changesPlacement = (event: UnitEvent): boolean => changesWhereabouts(event) || 'container' in fieldsFor(event);

/**
 * Changes that keep `model`'s rows of the units built into the event's unit where it is: units inside a unit show
 * its placement and name it as their `top`, so one indexed update reaches them all, at any depth.
 */
export function insideChanges(model: string, event: UnitEvent): Change[] {
  const self = unitToken(event.data);
  switch (event.type) {
    case 'UnitInstalled': {
      const { holder } = event.data;
      // What was inside the component is now inside the assembly it joined.
      return holder ? [{ op: 'update', model, where: { top: self }, set: { top: holder.top ? unitToken(holder.top) : null, ...carried(holder) } }] : [];
    }
    case 'UnitRemoved': {
      const { holder, inside = [] } = event.data;
      if (!holder) return [];
      // What was inside the component came out with it: it is now their outermost unit.
      return inside.map((unit) => ({ op: 'update', model, where: { sku: unit.sku, serial: unit.serial }, set: { top: self, ...carried(holder) } }));
    }
    default: {
      if (!('withComponents' in event.data) || !event.data.withComponents) return [];
      const set = only(fieldsFor(event), CARRIED);
      return Object.keys(set).length ? [{ op: 'update', model, where: { top: self }, set }] : [];
    }
  }
}

/**
 * For models that copy a unit's placement (lineage strands, recall units): the unit's own rows follow it, and so do
 * the rows of the units built into it.
 */
export function placementChanges(model: string, event: UnitEvent): Change[] {
  if (event.type === 'SerialAssigned') return [];
  const set = ownPlacement(event);
  const own: Change[] = Object.keys(set).length ? [{ op: 'update', model, where: { sku: event.data.sku, serial: event.data.serial }, set: { ...set } }] : [];
  return [...own, ...insideChanges(model, event)];
}
