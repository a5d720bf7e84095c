import { LineageEntry } from '../genealogy/lineage';
import { UnitRef } from '../shared/identifiers';
import { WarrantyBasis } from './unit.events';

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

/** A unit's warranty once it started: `endsAt` exclusive (active while t < endsAt), extensions included. */
export interface UnitWarranty {
  basis: WarrantyBasis | 'replacement';
  startsAt: string;
  /** The terms' months and every extension's: its end is that many calendar months from its start (0 for a replacement's). */
  months: number;
  endsAt: string;
  extensions: Array<{ months: number; reason: string; endsAt: string }>;
  voided: { reason: string } | null;
}

export const WARRANTY_STATUSES = ['active', 'expired', 'void', 'none'] as const;
export type WarrantyStatus = (typeof WARRANTY_STATUSES)[number];

export const CLAIM_STATES = ['open', 'approved', 'rejected', 'resolved'] as const;
export type ClaimState = (typeof CLAIM_STATES)[number];
