import { UnitRef } from '../shared/identifiers';

/**
 * One strand of a unit's genealogy: something it came from or contains — a lot (made from it or material
 * consumed from it) or a unit (itself, or a component at any depth) — and the chain of units from the first
 * holder up to this unit. A unit reached through two components has two strands for the same origin.
 */
export interface LineageEntry {
  /** `lot:<lotId>` or `unit:<sku>:<serial>` (URL-encoded parts). */
  origin: string;
  how: 'self' | 'lot' | 'consumed' | 'component';
  /** Units from the first holder of the origin to the unit owning this entry (inclusive). */
  path: UnitRef[];
  /** Quantity consumed, for `consumed` strands. */
  quantity?: number;
}

/**
 * Where a unit is and who holds it, as someone sent to fetch it needs it: its own whereabouts, or, for a unit built
 * into others, those of the outermost one (`top`), which carries it. Lineage and recall rows show it, so recall
 * lists filter and count without joins.
 */
export interface Holder {
  status: string;
  location: string | null;
  custodian: string | null;
  customer: string | null;
  /** The container the unit is packed in; absent from events recorded before containers existed. */
  container: string | null;
  /** The party it is on its way to, while in transit; absent from events recorded before it was carried. */
  destination?: string | null;
  /** The outermost unit it is built into, if any; absent from events recorded before it was carried. */
  top?: UnitRef | null;
}

export const unitToken = (unit: UnitRef): string => `${encodeURIComponent(unit.sku)}:${encodeURIComponent(unit.serial)}`;

/** The unit a token names (the inverse of unitToken). */
export function tokenUnit(token: string): UnitRef {
  const [sku, serial] = token.split(':');
  return { sku: decodeURIComponent(sku), serial: decodeURIComponent(serial) };
}
export const lotOrigin = (lotId: string): string => `lot:${encodeURIComponent(lotId)}`;
export const unitOrigin = (unit: UnitRef): string => `unit:${unitToken(unit)}`;
export const pathKey = (path: UnitRef[]): string => path.map(unitToken).join('>');
// Folding a unit merges lineage on every assembly event: each entry's key is built once, not once per event.
const entryKeys = new WeakMap<LineageEntry, string>();
export function entryKey(entry: LineageEntry): string {
  let key = entryKeys.get(entry);
  if (key === undefined) {
    key = `${entry.origin}|${pathKey(entry.path)}`;
    entryKeys.set(entry, key);
  }
  return key;
}
export const sameUnit = (a: UnitRef, b: UnitRef): boolean => a.sku === b.sku && a.serial === b.serial;

/** The strands a new holder gains from a unit it now contains. */
export function extendedTo(entries: LineageEntry[], holder: UnitRef): LineageEntry[] {
  return entries.map((entry) => ({
    ...entry,
    how: entry.how === 'self' ? 'component' : entry.how,
    path: [...entry.path, { sku: holder.sku, serial: holder.serial }],
  }));
}

/** Entries of `entries` minus those with the same keys as `removed`. */
export function without(entries: LineageEntry[], removed: LineageEntry[]): LineageEntry[] {
  const gone = new Set(removed.map(entryKey));
  return entries.filter((entry) => !gone.has(entryKey(entry)));
}

/** Entries of `entries` plus `added`, an added key replacing an existing one (consumed quantities grow). */
export function merged(entries: LineageEntry[], added: LineageEntry[]): LineageEntry[] {
  return [...without(entries, added), ...added];
}
