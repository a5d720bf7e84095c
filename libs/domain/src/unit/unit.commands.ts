import { UnitRef } from '../shared/identifiers';

/** What the handler learnt about the referenced lot before deciding. */
export type LotReference = { lotId: string; sku: string | null };

export interface AssignSerial extends UnitRef {
  type: 'AssignSerial';
  location: string;
  /** Absent when the unit is not lot-tracked; `sku: null` when the lot does not exist. */
  lot?: LotReference;
}
export interface MoveUnit {
  type: 'MoveUnit';
  to: string;
  reason?: string;
}
export interface ShipUnit {
  type: 'ShipUnit';
  to: string;
}
export interface ReceiveUnit {
  type: 'ReceiveUnit';
  by: string;
  location: string;
}
export interface SellUnit {
  type: 'SellUnit';
  customer: string;
  receipt: string;
}
export interface ReturnUnit {
  type: 'ReturnUnit';
  reason: string;
  location: string;
}
export interface RepairUnit {
  type: 'RepairUnit';
  description: string;
}
export interface ScrapUnit {
  type: 'ScrapUnit';
  reason: string;
}

/** Commands addressed to an existing unit. */
export type UnitLifecycleCommand = MoveUnit | ShipUnit | ReceiveUnit | SellUnit | ReturnUnit | RepairUnit | ScrapUnit;
export type UnitCommand = AssignSerial | UnitLifecycleCommand;
