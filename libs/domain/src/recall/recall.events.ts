import { lotOrigin, unitOrigin } from '../genealogy/lineage';
import { EventTypes, memberOf } from '../shared/event-family';
import { UnitRef } from '../shared/identifiers';

export const RECALL_SEVERITIES = ['low', 'medium', 'high', 'critical'] as const;
export type RecallSeverity = (typeof RECALL_SEVERITIES)[number];

export interface RecallOpened {
  type: 'RecallOpened';
  data: { recallId: string; lotIds: string[]; units: UnitRef[]; reason: string; severity: RecallSeverity; recalledAt: string };
}

/** The lineage origins a recall holds: every unit whose lineage has one of them is affected. */
export const recalledOrigins = ({ lotIds, units }: RecallOpened['data']): string[] => [...lotIds.map(lotOrigin), ...units.map(unitOrigin)];

/** `outstanding` units (and `outstandingLots`, absent before lots were held) still held when it closed; a forced close releases them. */
export interface RecallClosed {
  type: 'RecallClosed';
  data: { recallId: string; forced: boolean; reason: string | null; outstanding: number; outstandingLots?: number };
}

/** On the lot's own stream, so its history shows the recall. */
export interface LotRecalled {
  type: 'LotRecalled';
  data: { lotId: string; recallId: string; reason: string; severity: RecallSeverity; recalledAt: string };
}

export type RecallEvent = RecallOpened | RecallClosed;

export const RECALL_EVENTS: EventTypes<RecallEvent> = { RecallOpened: true, RecallClosed: true };
export const isRecallEvent = memberOf(RECALL_EVENTS);
