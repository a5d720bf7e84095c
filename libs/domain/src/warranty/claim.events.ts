import { EventTypes, memberOf } from '../shared/event-family';

/**
 * A claim id taken, on the claim's own stream, in the same write as the claim filed on the unit's: a claim id names
 * one claim for ever, and finds the unit whose history holds it.
 */
export interface ClaimRegistered {
  type: 'ClaimRegistered';
  data: { claimId: string; sku: string; serial: string };
}

export type ClaimEvent = ClaimRegistered;

export const CLAIM_EVENTS: EventTypes<ClaimEvent> = { ClaimRegistered: true };
export const isClaimEvent = memberOf(CLAIM_EVENTS);
