import { UnitRef } from '@trace/domain';
import { FieldType } from '@trace/read-store';

/** The fields every row that follows a unit keeps of where it is (units, lineage strands, recall units). */
export interface PlacementFields {
  status: string;
  location: string | null;
  custodian: string | null;
  customer: string | null;
  destination: string | null;
  /** The container the unit is packed in (packing happens in place: its location is the container's). */
  container: string | null;
  /** The unit it is built into. */
  installedIn: UnitRef | null;
  /** Token of the outermost unit it is built into, whose placement it shows. */
  top: string | null;
}

/** How every model that follows units stores the placement fields. */
export const PLACEMENT_FIELD_TYPES: { [F in keyof PlacementFields]: FieldType } = {
  status: 'text',
  location: 'text',
  custodian: 'text',
  customer: 'text',
  destination: 'text',
  container: 'text',
  installedIn: 'json',
  top: 'text',
};

/** A row that follows a unit: keyed by the unit, with its placement. */
export type PlacedRow = UnitRef & PlacementFields;

/** A unit's row in the units model. */
export interface UnitDocument extends PlacementFields {
  sku: string;
  serial: string;
  lotId: string | null;
  lastEventAt: string;
  revision: number;
  position: number;
  /** 1 while suspect (evidence says it may not be genuine), 0 once cleared; null on rows from before suspicions. */
  suspect: 0 | 1 | null;
  /** Verification requests answered about it. */
  verifications: number | null;
  /** Its warranty once started (null before, or without terms); `warrantyVoided` 1 once voided. */
  warrantyStartsAt: string | null;
  warrantyEndsAt: string | null;
  warrantyVoided: 0 | 1 | null;
  /** 1 once sold by a sale (a replacement given is not one): the units sold, for claim rates. */
  sold: 0 | 1 | null;
}
