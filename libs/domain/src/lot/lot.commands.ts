import { RecallSeverity } from '../recall/recall.events';
import { UnitRef } from '../shared/identifiers';
import { LotRecallAction } from './lot.events';

export interface RegisterLot {
  type: 'RegisterLot';
  lotId: string;
  sku: string;
  producedAt?: string;
  expiresAt?: string;
  site?: string;
  quantity?: number;
  uom?: string;
  location?: string;
}

/** A change of a registered lot, at `occurredAt` (expiry and recall holds are judged then). */
interface LotChange<Type extends string> {
  type: Type;
  lotId: string;
  occurredAt: string;
}

export type MoveLotStock = LotChange<'MoveLotStock'> & { from: string; to: string; quantity: number };
export type ShipLot = LotChange<'ShipLot'> & { shipmentId: string; from: string; to: string; quantity: number };
export type ReceiveLot = LotChange<'ReceiveLot'> & { shipmentId: string; by: string; location: string; quantity: number };
export type CloseLotShipment = LotChange<'CloseLotShipment'> & { shipmentId: string; reason: string };
export type SellLot = LotChange<'SellLot'> & { from: string; customer: string; quantity: number; receipt: string };
export type ReturnLot = LotChange<'ReturnLot'> & { customer: string; location: string; quantity: number; reason: string };
export type AdjustLot = LotChange<'AdjustLot'> & { location: string; quantity: number; reason: string; countId?: string };
export type DisposeLot = LotChange<'DisposeLot'> & { from: string; quantity: number; reason: string };
/** Exactly one of `intoLot` and `intoUnit`. */
export type ConsumeLotStock = LotChange<'ConsumeLotStock'> & { from: string; quantity: number; intoLot?: string; intoUnit?: UnitRef };
/** Addressed to the lot made: `input` (of unit of measure `uom`) was consumed into it. */
export type AddLotInput = LotChange<'AddLotInput'> & { input: string; quantity: number; uom: string };
export type AssignLotSerials = LotChange<'AssignLotSerials'> & { sku: string; count: number };
export type ResolveLotRecall = LotChange<'ResolveLotRecall'> & { recallId: string; action: LotRecallAction; note?: string };
/** The recall reactor's: the lot is made from a recalled lot. */
export type HoldLot = LotChange<'HoldLot'> & { recallId: string; recalledAt: string; reason: string; severity: RecallSeverity };

export type LotChangeCommand =
  | MoveLotStock
  | ShipLot
  | ReceiveLot
  | CloseLotShipment
  | SellLot
  | ReturnLot
  | AdjustLot
  | DisposeLot
  | ConsumeLotStock
  | AddLotInput
  | AssignLotSerials
  | ResolveLotRecall
  | HoldLot;

export type LotCommand = RegisterLot | LotChangeCommand;

/** What a recall hold refuses: the lot leaving the company, or being used. */
export const REFUSED_WHILE_LOT_HELD: ReadonlySet<LotChangeCommand['type']> = new Set(['ShipLot', 'SellLot', 'ConsumeLotStock']);
