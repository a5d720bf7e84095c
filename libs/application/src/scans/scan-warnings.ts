import { ExistingLot, ExistingUnit, isExpired, parseInstant } from '@trace/domain';
import { UnitDocument } from '@trace/projections';
import { ScanIdentity } from './scan-code';

/** Every warning a scan may carry: what the scan says that does not fit the record. */
export const SCAN_WARNINGS = [
  'location-mismatch',
  'lot-mismatch',
  'expiry-mismatch',
  'expired',
  'recalled',
  'quarantined',
  'scrapped',
  'sold',
  'suspect',
  'unknown-serial',
] as const;
export type ScanWarning = (typeof SCAN_WARNINGS)[number];

/** Where and when a scan was taken. */
export interface ScanPlace {
  location: string;
  party: string | null;
  occurredAt: string;
}

/** The day of an instant, as a code's expiry (17) and a verification's `expiry` write it. */
export const dayOf = (instant: string | null): string | null => (instant === null ? null : (parseInstant(instant)?.slice(0, 10) ?? null));

/** Whether a recall holds it still (a unit's or a lot's holds). */
export const openHolds = (unit: Pick<ExistingUnit, 'recalls'>): boolean => Object.values(unit.recalls).some((hold) => !hold.resolved);

/**
 * What a unit's scan finds that does not fit its record. `unit` is its folded state with the holds recalls have
 * listed but the reactor not yet recorded (`recalled`); `row` its read-model row, whose placement is the outermost
 * unit's for one built into others (where it is, in effect).
 */
export function unitWarnings(
  identity: Extract<ScanIdentity, { kind: 'unit' }>,
  unit: ExistingUnit,
  held: ExistingUnit,
  row: UnitDocument | null,
  place: ScanPlace,
): ScanWarning[] {
  const warnings: ScanWarning[] = [];
  const status = row?.status ?? unit.status;
  const location = row ? row.location : unit.location;
  // A missing unit is nowhere by the record: its sighting finds it (UnitFound) rather than contradicting a location.
  if (status !== 'sold' && status !== 'scrapped' && status !== 'missing' && location !== place.location) warnings.push('location-mismatch');
  if (identity.lot !== undefined && identity.lot !== unit.lotId) warnings.push('lot-mismatch');
  if (identity.expiry !== undefined && identity.expiry !== dayOf(unit.expiresAt)) warnings.push('expiry-mismatch');
  if (isExpired(unit.expiresAt, place.occurredAt)) warnings.push('expired');
  if (openHolds(held)) warnings.push('recalled');
  if (openHolds(unit)) warnings.push('quarantined');
  if (status === 'scrapped') warnings.push('scrapped');
  if (status === 'sold') warnings.push('sold');
  return warnings;
}

/** What a lot's scan finds that does not fit its record: no stock where it was scanned, another expiry, expired, recalled. */
export function lotWarnings(identity: Extract<ScanIdentity, { kind: 'lot' }>, lot: ExistingLot, place: ScanPlace): ScanWarning[] {
  const warnings: ScanWarning[] = [];
  if (!(place.location in lot.atLocations)) warnings.push('location-mismatch');
  if (identity.expiry !== undefined && identity.expiry !== dayOf(lot.expiresAt)) warnings.push('expiry-mismatch');
  if (isExpired(lot.expiresAt, place.occurredAt)) warnings.push('expired');
  if (openHolds(lot)) warnings.push('recalled');
  return warnings;
}
