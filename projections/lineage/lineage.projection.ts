import { Holder, isUnitEvent, isUnitRecordEvent, LineageEntry, lotOrigin, pathKey, UnitEvent, unitOrigin, UnitRef } from '@trace/domain';
import { Change, ReadModel, remove, update, upsert } from '@trace/read-store';
import { ProjectedEvent, Projection, unhandled } from '../projection';
import { holderFields, placementChanges } from '../units/placement';
import { PLACEMENT_FIELD_TYPES, PlacementFields } from '../units/unit-document';

/** A strand, with where its unit is now. */
export interface LineageDocument extends PlacementFields {
  origin: string;
  sku: string;
  serial: string;
  pathKey: string;
  how: LineageEntry['how'];
  path: UnitRef[];
  quantity: number | null;
  /** 1 once the strand's unit was sold by a sale: claim rates by component lot count sold units from the index. */
  sold: 0 | 1 | null;
}

/**
 * Genealogy materialised: one row per strand — a unit, an origin it came from or contains (a lot, or a unit
 * at any depth, itself included) and the path between them. "Units from lot Y at any depth" and "parents of
 * unit X" are then one indexed query; each row carries the unit's current status and whereabouts so recall
 * lists filter by them without joins.
 */
export const lineageModel: ReadModel<LineageDocument> = {
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
    ...PLACEMENT_FIELD_TYPES,
    sold: 'integer',
  },
  indexes: [['origin', 'status'], ['origin', 'location'], ['origin', 'status', 'location'], ['sku', 'serial'], ['top'], ['origin', 'sku', 'sold']],
};

const key = (unit: UnitRef, entry: LineageEntry) => ({ origin: entry.origin, sku: unit.sku, serial: unit.serial, pathKey: pathKey(entry.path) });

const strands = (unit: UnitRef, entries: LineageEntry[], holder: Holder): Change[] =>
  entries.map((entry) =>
    upsert(lineageModel, key(unit, entry), { how: entry.how, path: entry.path, quantity: entry.quantity ?? null, ...holderFields(holder) }),
  );

const removed = (unit: UnitRef, entries: LineageEntry[]): Change[] => entries.map((entry) => remove(lineageModel, key(unit, entry)));

/** The strands a unit gains or loses, and where its rows say it is. */
function unitChanges(event: UnitEvent): Change[] {
  // Evidence and warranty paperwork change nothing a strand keeps.
  if (isUnitRecordEvent(event)) return [];
  const unit = { sku: event.data.sku, serial: event.data.serial };
  const placed = placementChanges(lineageModel, event);
  switch (event.type) {
    case 'SerialAssigned': {
      const holder = { status: 'in_stock', location: event.data.location, custodian: null, customer: null, container: null, destination: null, top: null };
      const self: LineageEntry = { origin: unitOrigin(unit), how: 'self', path: [unit] };
      const lot: LineageEntry[] = event.data.lotId === null ? [] : [{ origin: lotOrigin(event.data.lotId), how: 'lot', path: [unit] }];
      return strands(unit, [self, ...lot], holder);
    }
    case 'LotConsumed':
      return [...strands(unit, [event.data.entry], event.data.holder), ...placed];
    case 'ComponentInstalled':
    case 'LineageExtended':
      return [...strands(unit, event.data.lineage, event.data.holder), ...placed];
    case 'ComponentRemoved':
    case 'LineageReduced':
      return [...removed(unit, event.data.lineage), ...placed];
    // Sold by a sale: claim rates by component lot count the unit's strands as sold.
    case 'UnitSold':
      return [...placed, update(lineageModel, unit, { sold: 1 })];
    case 'UnitMoved':
    case 'UnitShipped':
    case 'UnitReceived':
    case 'UnitReturned':
    case 'WarrantyClaimResolved':
    case 'UnitGivenAsReplacement':
    case 'UnitRepaired':
    case 'UnitScrapped':
    case 'UnitReportedMissing':
    case 'UnitFound':
    case 'UnitInstalled':
    case 'UnitRemoved':
    case 'UnitPacked':
    case 'UnitUnpacked':
    case 'UnitQuarantined':
    case 'UnitRecallResolved':
      return placed;
    default:
      return unhandled(event);
  }
}

const project = (event: ProjectedEvent): Change[] => (isUnitEvent(event) ? unitChanges(event) : []);

export const lineageProjection: Projection<'lineage'> = { name: 'lineage', models: [lineageModel], project };
