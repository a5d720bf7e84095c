import { EventTypes, memberOf } from '../shared/event-family';
import { EpcKey } from './cbv';

/** An EPCIS 2.0 event as a partner or scanner sent it, kept verbatim (extensions, sensor data and all), once. */
export interface EpcisEventCaptured {
  type: 'EpcisEventCaptured';
  data: {
    /** The event's own eventID, or its CBV 2.0 canonical hash when it had none. */
    eventID: string;
    captureID: string;
    /** The event exactly as captured; `@context` entries it relies on are the document's, kept beside it. */
    event: Record<string, unknown>;
    context: unknown[];
    /** The identifiers it names, keyed as queries match them. */
    epcs: EpcKey[];
  };
}

/** A captured event declared erroneous by its sender: nothing is deleted, every reader shows the declaration. */
export interface EpcisErrorDeclared {
  type: 'EpcisErrorDeclared';
  data: { eventID: string; captureID: string; errorDeclaration: Record<string, unknown> };
}

export const CAPTURE_ERROR_BEHAVIOURS = ['rollback', 'proceed'] as const;
export type CaptureErrorBehaviour = (typeof CAPTURE_ERROR_BEHAVIOURS)[number];

/** Why one event of a capture failed: its index in the document, its id when it had one, the domain's rule if one refused it. */
export interface CaptureError {
  eventIndex: number;
  eventID?: string;
  rule?: string;
  message: string;
}

/** A capture job's outcome, written in the same write as what it applied (nothing, when a rollback failed it). */
export interface EpcisCaptureFinished {
  type: 'EpcisCaptureFinished';
  data: { captureID: string; captureErrorBehaviour: CaptureErrorBehaviour; success: boolean; events: number; applied: number; errors: CaptureError[] };
}

/** A named query (SimpleEventQuery parameters, as a query string would give them), on its own stream. */
export interface EpcisQueryDefined {
  type: 'EpcisQueryDefined';
  data: { queryName: string; query: Record<string, string> };
}

/**
 * A subscription to a named query: matching events are POSTed to `dest`, signed with the token the subscriber gave,
 * from the log position after this event on. The token is a secret: this stream keeps it sealed (by the service's
 * secrets key, bound to the subscription), never in a read model. Subscriptions recorded before tokens were sealed
 * hold `signatureToken` as given.
 */
export interface EpcisSubscribed {
  type: 'EpcisSubscribed';
  data: { queryName: string; subscriptionID: string; dest: string } & ({ sealedSignatureToken: string } | { signatureToken: string });
}

export interface EpcisUnsubscribed {
  type: 'EpcisUnsubscribed';
  data: { queryName: string; subscriptionID: string };
}

export type EpcisQueryEvent = EpcisQueryDefined | EpcisSubscribed | EpcisUnsubscribed;

export type EpcisEvent = EpcisEventCaptured | EpcisErrorDeclared | EpcisCaptureFinished | EpcisQueryEvent;

export const EPCIS_EVENTS: EventTypes<EpcisEvent> = {
  EpcisEventCaptured: true,
  EpcisErrorDeclared: true,
  EpcisCaptureFinished: true,
  EpcisQueryDefined: true,
  EpcisSubscribed: true,
  EpcisUnsubscribed: true,
};
export const isEpcisEvent = memberOf(EPCIS_EVENTS);
