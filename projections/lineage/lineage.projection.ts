import { Holder, isUnitEvent, LineageEntry, lotOrigin, pathKey, UnitEvent, unitOrigin, UnitRef } from '@trace/domain';
import { Change, ReadModelDefinition } from '@trace/read-store';
import { ProjectedEvent, Projection } from '../projection';
import { holderFields, placementChanges } from '../units/placement';

/**
 * Genealogy materialised: one row per strand — a unit, an origin it came from or contains (a lot, or a unit
 * at any depth, itself included) and the path between them. "Units from lot Y at any depth" and "parents of
 * unit X" are then one indexed query; each row carries the unit's current status and whereabouts so recall
 * lists filter by them without joins.
 */
export const lineageModel: ReadModelDefinition = {
  name: 'lineage',
  key: ['origin', 'sku', 'serial', 'pathKey'],
  fields: {
    origin: 'text',
    sku: 'text',
    serial: 'text',
    pathKey: 'text',
    how: 'text',
    path: 'json',
    quantity: 'real',
    status: 'text',
    location: 'text',
    custodian: 'text',
    customer: 'text',
    destination: 'text',
    container: 'text',
    /** {sku, serial} of the unit the strand's unit is built into, if any. */
    installedIn: 'json',
    /** Token of the outermost unit the strand's unit is built into, whose placement it shows. */
    top: 'text',
  },
  indexes: [['origin', 'status'], ['origin', 'location'], ['origin', 'status', 'location'], ['sku', 'serial'], ['top']],
};

const key = (unit: UnitRef, entry: LineageEntry) => ({ origin: entry.origin, sku: unit.sku, serial: unit.serial, pathKey: pathKey(entry.path) });

function strands(unit: UnitRef, entries: LineageEntry[], holder: Holder): Change[] {
  return entries.map((entry) => ({
    op: 'upsert',
    model: 'lineage',
    key: key(unit, entry),
    set: { how: entry.how, path: entry.path, quantity: entry.quantity ?? null, ...holderFields(holder) },
  }));
}

const removed = (unit: UnitRef, entries: LineageEntry[]): Change[] => entries.map((entry) => ({ op: 'delete', model: 'lineage', key: key(unit, entry) }));

function strandChanges(event: UnitEvent): Change[] {
  const unit = { sku: event.data.sku, serial: event.data.serial };
  switch (event.type) {
    case 'SerialAssigned': {
      const holder = { status: 'in_stock', location: event.data.location, custodian: null, customer: null, container: null, destination: null, top: null };
      const self: LineageEntry = { origin: unitOrigin(unit), how: 'self', path: [unit] };
      const lot: LineageEntry[] = event.data.lotId === null ? [] : [{ origin: lotOrigin(event.data.lotId), how: 'lot', path: [unit] }];
      return strands(unit, [self, ...lot], holder);
    }
    case 'LotConsumed':
      return strands(unit, [event.data.entry], event.data.holder);
    case 'ComponentInstalled':
    case 'LineageExtended':
      return strands(unit, event.data.lineage, event.data.holder);
    case 'ComponentRemoved':
    case 'LineageReduced':
      return removed(unit, event.data.lineage);
    default:
      return [];
  }
}

export const lineageProjection: Projection = {
  name: 'lineage',
  models: [lineageModel],
  project(event: ProjectedEvent) {
    return isUnitEvent(event) ? [...strandChanges(event), ...placementChanges('lineage', event)] : [];
  },
};
