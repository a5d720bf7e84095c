import { Decider } from '../shared/decider';
import { EpcKey } from './cbv';
import { EpcisEvent } from './epcis.events';

export interface CaptureEpcisEvent {
  type: 'CaptureEpcisEvent';
  eventID: string;
  captureID: string;
  event: Record<string, unknown>;
  context: unknown[];
  epcs: EpcKey[];
}

export type CapturedEpcisState = { captured: false } | { captured: true; declared: boolean };

/**
 * An EPCIS event's register, on a stream named by its eventID: captured once. The same event again changes
 * nothing (a re-sent document is harmless), unless it now carries an `errorDeclaration` the first did not.
 */
export const capturedEpcisDecider: Decider<CaptureEpcisEvent, EpcisEvent, CapturedEpcisState> = {
  initialState: () => ({ captured: false }),
  evolve(state, event) {
    switch (event.type) {
      case 'EpcisEventCaptured':
        return { captured: true, declared: event.data.event.errorDeclaration !== undefined };
      case 'EpcisErrorDeclared':
        return { captured: true, declared: true };
      case 'EpcisCaptureFinished':
      case 'EpcisQueryDefined':
      case 'EpcisSubscribed':
      case 'EpcisUnsubscribed':
        return state;
      default: {
        const unhandled: never = event;
        return unhandled;
      }
    }
  },
  decide(command, state) {
    const { eventID, captureID, event, context, epcs } = command;
    const declaration = event.errorDeclaration as Record<string, unknown> | undefined;
    if (!state.captured) return [{ type: 'EpcisEventCaptured', data: { eventID, captureID, event, context, epcs } }];
    if (declaration === undefined || state.declared) return [];
    return [{ type: 'EpcisErrorDeclared', data: { eventID, captureID, errorDeclaration: declaration } }];
  },
};
