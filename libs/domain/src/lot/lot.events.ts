import { EventTypes, memberOf } from '../shared/event-family';
import { LotRecalled } from '../recall/recall.events';

export interface LotRegistered {
  type: 'LotRegistered';
  data: {
    lotId: string;
    sku: string;
    producedAt: string | null;
    expiresAt: string | null;
    site: string | null;
    quantity: number | null;
  };
}

export type LotEvent = LotRegistered | LotRecalled;

export const LOT_EVENTS: EventTypes<LotEvent> = { LotRegistered: true, LotRecalled: true };
export const isLotEvent = memberOf(LOT_EVENTS);
