import { Holder, UnitEvent, unitToken } from '@trace/domain';
import { Change, Fields, Key, Where } from '@trace/read-store';
import { PlacedRow, PlacementFields } from './unit-document';
import { fieldsFor } from './unit-fields';

/** A model of rows that follow units: any model whose documents have the placement fields. */
export interface PlacedModel {
  name: string;
  fields: { [F in keyof PlacedRow]: unknown };
}

type Carried = Pick<PlacementFields, 'status' | 'location' | 'custodian' | 'customer' | 'destination'>;

/** What a unit built into another shows as its own: where the outermost unit is, who holds it, where it is going. */
const CARRIED: ReadonlyArray<keyof PlacementFields> = ['status', 'location', 'custodian', 'customer', 'destination'];
/** Where a unit is and who holds it, plus the container it is packed in and its parent. */
const PLACEMENT: ReadonlyArray<keyof PlacementFields> = [...CARRIED, 'container', 'installedIn'];

// These run for every event of a replay, in three projections: plain loops and literals, no spreads or entries.
function only(fields: Fields<PlacementFields>, names: ReadonlyArray<keyof PlacementFields>): Fields<PlacementFields> {
  const kept: Record<string, unknown> = {};
  for (const field of names) if (field in fields) kept[field] = fields[field];
  return kept;
}

const carried = (holder: Holder): Carried => ({
  status: holder.status,
  location: holder.location,
  custodian: holder.custodian,
  customer: holder.customer,
  destination: holder.destination ?? null,
});

const topOf = (holder: Holder) => (holder.top ? unitToken(holder.top) : null);

/** A holder as rows store it: the outermost unit as its token, so rows of units inside one are found by it. */
export const holderFields = (holder: Holder): Omit<PlacementFields, 'installedIn'> => ({
  status: holder.status,
  location: holder.location,
  custodian: holder.custodian,
  customer: holder.customer,
  destination: holder.destination ?? null,
  container: holder.container,
  top: topOf(holder),
});

/** Each event's placement, computed once for the projections that all ask for it. */
const placements = new WeakMap<UnitEvent, Fields<PlacementFields>>();

/**
 * What an event sets of its unit's own placement. Installed, a unit is where the outermost unit is (and names it as
 * `top`); removed, it is where it is on its own. Events recorded before installations said so change the location
 * only. The answer is shared: copy it before changing it.
 */
export function ownPlacement(event: UnitEvent): Fields<PlacementFields> {
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
export const changesWhereabouts = (event: UnitEvent): boolean => {
  const fields = fieldsFor(event);
  return CARRIED.some((field) => field !== 'destination' && field in fields);
};

/** Whether a unit event changes its whereabouts or the container it is packed in. */
export const changesPlacement = (event: UnitEvent): boolean => changesWhereabouts(event) || 'container' in fieldsFor(event);

const follow = (model: PlacedModel, where: Where<PlacedRow>, set: Fields<PlacedRow>): Change => ({ op: 'update', model: model.name, where: where as Key, set });

/**
 * Changes that keep `model`'s rows of the units built into the event's unit where it is: units inside a unit show
 * its placement and name it as their `top`, so one indexed update reaches them all, at any depth.
 */
export function insideChanges(model: PlacedModel, event: UnitEvent): Change[] {
  const self = unitToken(event.data);
  switch (event.type) {
    case 'UnitInstalled': {
      const { holder } = event.data;
      // What was inside the component is now inside the assembly it joined.
      return holder ? [follow(model, { top: self }, { top: topOf(holder), ...carried(holder) })] : [];
    }
    case 'UnitRemoved': {
      const { holder, inside = [] } = event.data;
      if (!holder) return [];
      // What was inside the component came out with it: it is now their outermost unit.
      return inside.map((unit) => follow(model, { sku: unit.sku, serial: unit.serial }, { top: self, ...carried(holder) }));
    }
    default: {
      if (!('withComponents' in event.data) || !event.data.withComponents) return [];
      const set = only(fieldsFor(event), CARRIED);
      return Object.keys(set).length ? [follow(model, { top: self }, set)] : [];
    }
  }
}

/**
 * For models that copy a unit's placement (lineage strands, recall units): the unit's own rows follow it, and so do
 * the rows of the units built into it.
 */
export function placementChanges(model: PlacedModel, event: UnitEvent): Change[] {
  if (event.type === 'SerialAssigned') return [];
  const set = ownPlacement(event);
  const own = Object.keys(set).length ? [follow(model, { sku: event.data.sku, serial: event.data.serial }, { ...set })] : [];
  return [...own, ...insideChanges(model, event)];
}
