import { Holder, UnitEvent, unitToken } from '@trace/domain';
import { Change, ReadDocument } from '@trace/read-store';
import { fieldsFor } from './unit-fields';

/** What a unit built into another shows as its own: where the outermost unit is, who holds it, where it is going. */
const CARRIED = ['status', 'location', 'custodian', 'customer', 'destination'];
/** Where a unit is and who holds it, plus the container it is packed in (packing happens in place). */
const PLACEMENT = [...CARRIED, 'container'];

const only = (fields: ReadDocument, names: string[]) => Object.fromEntries(Object.entries(fields).filter(([field]) => names.includes(field)));

const carried = (holder: Holder): ReadDocument => ({
  status: holder.status,
  location: holder.location,
  custodian: holder.custodian,
  customer: holder.customer,
  destination: holder.destination ?? null,
});

/** A holder as rows store it: the outermost unit as its token, so rows of units inside one are found by it. */
export const holderFields = (holder: Holder): ReadDocument => ({ ...carried(holder), container: holder.container, top: holder.top ? unitToken(holder.top) : null });

/**
 * What an event sets of its unit's own placement. Installed, a unit is where the outermost unit is (and names it as
 * `top`); removed, it is where it is on its own. Events recorded before installations said so change the location only.
 */
export function ownPlacement(event: UnitEvent): ReadDocument {
  if ((event.type === 'UnitInstalled' || event.type === 'UnitRemoved') && event.data.holder) {
    const { container: _container, ...rest } = holderFields(event.data.holder);
    return rest;
  }
  return only(fieldsFor(event), PLACEMENT);
}

/** Whether a unit event changes where the unit is or who holds it (genealogy and recall events do not). */
export const changesWhereabouts = (event: UnitEvent): boolean => Object.keys(fieldsFor(event)).some((field) => CARRIED.includes(field) && field !== 'destination');

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
  const own: Change[] = Object.keys(set).length ? [{ op: 'update', model, where: { sku: event.data.sku, serial: event.data.serial }, set }] : [];
  return [...own, ...insideChanges(model, event)];
}
