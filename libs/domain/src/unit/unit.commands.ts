import { UnitRef } from '../shared/identifiers';
import { FoundHow, RecallAction, WarrantyTerms } from './unit.events';
import { ExistingUnit } from './unit.state';

/** What the handler learnt about the referenced lot before deciding. */
export type LotReference = { lotId: string; sku: string | null; expiresAt?: string | null; producedAt?: string | null };

export interface AssignSerial extends UnitRef {
  type: 'AssignSerial';
  location: string;
  /** Absent when the unit is not lot-tracked; `sku: null` when the lot does not exist. */
  lot?: LotReference;
  /** The product's terms: a warranty from manufacture starts at the lot's production, else at this assignment (`occurredAt`). */
  warranty?: WarrantyTerms;
  occurredAt?: string;
}
export interface MoveUnit {
  type: 'MoveUnit';
  to: string;
  reason?: string;
  /** The cycle count whose reconciliation moves the unit (with `reason: 'cycle-count'`). */
  countId?: string;
}
/** Commands a recall hold refuses carry when they happened: facts from before the recall still count. */
interface Timed {
  occurredAt?: string;
}

export interface ShipUnit extends Timed {
  type: 'ShipUnit';
  to: string;
}
export interface ReceiveUnit {
  type: 'ReceiveUnit';
  by: string;
  location: string;
}
export interface SellUnit extends Timed {
  type: 'SellUnit';
  customer: string;
  receipt: string;
  /** The product's terms: a warranty from the sale starts at the unit's first sale (needs `occurredAt`). */
  warranty?: WarrantyTerms;
}
export interface ReturnUnit {
  type: 'ReturnUnit';
  reason: string;
  location: string;
  /** Who brings it back: refused (`return-by-buyer`) when not the customer it was sold to, unless forced. */
  customer?: string;
  /** Take it back from someone else all the same; needs `overrideReason`, which the history keeps. */
  force?: boolean;
  overrideReason?: string;
}
export interface RepairUnit {
  type: 'RepairUnit';
  description: string;
}
export interface ScrapUnit {
  type: 'ScrapUnit';
  reason: string;
}

export interface ConsumeLot {
  type: 'ConsumeLot';
  lot: LotReference;
  quantity: number;
  /** The units this one is built into, nearest first, as the handler read them: where the unit is, is theirs. */
  within?: ExistingUnit[];
}
export interface QuarantineUnit {
  type: 'QuarantineUnit';
  recallId: string;
  recalledAt: string;
  origin: string;
}
export interface ResolveRecall {
  type: 'ResolveRecall';
  recallId: string;
  action: RecallAction;
  note?: string;
}

/** A count's reconciliation: the count did not find the unit at `location`, where the record placed it. */
export interface ReportUnitMissing {
  type: 'ReportUnitMissing';
  countId: string;
  location: string;
}
/**
 * A missing unit turned up at `location`: counted there (`countId`), sighted there (a scan), or received there
 * (`by`, the receiving party, holds it from now on, as with a receipt; without `by` it stays with whoever held it).
 */
export interface FindUnit {
  type: 'FindUnit';
  location: string;
  countId: string | null;
  how: FoundHow;
  by?: string;
}

/** Commands addressed to an existing unit. */
export type UnitLifecycleCommand =
  | MoveUnit
  | ShipUnit
  | ReceiveUnit
  | SellUnit
  | ReturnUnit
  | RepairUnit
  | ScrapUnit
  | ConsumeLot
  | QuarantineUnit
  | ResolveRecall
  | ReportUnitMissing
  | FindUnit;
export type UnitCommand = AssignSerial | UnitLifecycleCommand;
