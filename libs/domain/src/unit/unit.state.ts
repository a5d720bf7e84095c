import { ClaimState, UnitWarranty } from './unit.warranty';
import { LineageEntry } from '../genealogy/lineage';
import { UnitRef } from '../shared/identifiers';

/** `missing`: a count did not find it where the record placed it; it is nowhere until found (or scrapped). */
export const UNIT_STATUSES = ['in_stock', 'in_transit', 'sold', 'returned', 'missing', 'scrapped'] as const;
export type UnitStatus = (typeof UNIT_STATUSES)[number];

export interface ExistingUnit {
  exists: true;
  sku: string;
  serial: string;
  lotId: string | null;
  /** Its lot's expiry, when the lot has one. */
  expiresAt: string | null;
  status: UnitStatus;
  /** Where the unit physically is; null while with a carrier or a customer. */
  location: string | null;
  /** The party holding the unit; null means the owning company itself. */
  custodian: string | null;
  customer: string | null;
  /** Party the unit was shipped to, while in transit. */
  destination: string | null;
  /** Custodian at the moment of sale, who takes the unit back on return. */
  soldBy: string | null;
  /** The unit this one is built into, if any. */
  parent: UnitRef | null;
  components: UnitRef[];
  /** The container the unit is packed in, if any; its location and custodian are the container's. */
  container: string | null;
  /** Everything the unit came from or contains, at any depth (itself included). */
  lineage: LineageEntry[];
  /** Recalls that reached the unit, by id; a hold is open until resolved. */
  recalls: Record<string, { recalledAt: string; resolved: boolean }>;
  /** Evidence says it may not be genuine, and nobody has cleared it since. */
  suspect: boolean;
  /** The count that reported it missing, while it is `missing`. */
  missingSince: string | null;
  /** Its last sighting, for the travel rule. */
  lastSeen: { location: string; at: string } | null;
  /** Null until it starts (at the first sale, or at manufacture, by its product's terms; or as a replacement). */
  warranty: UnitWarranty | null;
  /** Warranty claims on it, by claim id. */
  claims: Record<string, { state: ClaimState; customer: string }>;
}

export type UnitState = { exists: false } | ExistingUnit;
