import { Decider } from '../shared/decider';
import { AlreadyExists, NotFound } from '../shared/errors';
import { EpcisQueryEvent } from './epcis.events';

export type NamedQueryCommand =
  | { type: 'DefineQuery'; queryName: string; query: Record<string, string> }
  | { type: 'Subscribe'; queryName: string; subscriptionID: string; dest: string; sealedSignatureToken: string }
  | { type: 'Unsubscribe'; queryName: string; subscriptionID: string };

export type NamedQueryState = { exists: false } | { exists: true; query: Record<string, string>; subscriptions: ReadonlySet<string> };

/** A named query: defined once; subscriptions to it come and go by id. */
export const namedQueryDecider: Decider<NamedQueryCommand, EpcisQueryEvent, NamedQueryState> = {
  initialState: () => ({ exists: false }),
  evolve(state, event) {
    switch (event.type) {
      case 'EpcisQueryDefined':
        return { exists: true, query: event.data.query, subscriptions: new Set() };
      case 'EpcisSubscribed':
        return state.exists ? { ...state, subscriptions: new Set([...state.subscriptions, event.data.subscriptionID]) } : state;
      case 'EpcisUnsubscribed':
        return state.exists ? { ...state, subscriptions: new Set([...state.subscriptions].filter((id) => id !== event.data.subscriptionID)) } : state;
      default: {
        const unhandled: never = event;
        return unhandled;
      }
    }
  },
  decide(command, state) {
    if (command.type === 'DefineQuery') {
      if (state.exists) throw new AlreadyExists(`query ${command.queryName} already exists`);
      return [{ type: 'EpcisQueryDefined', data: { queryName: command.queryName, query: command.query } }];
    }
    if (!state.exists) throw new NotFound(`query ${command.queryName} not found`);
    const { queryName, subscriptionID } = command;
    if (command.type === 'Subscribe') {
      if (state.subscriptions.has(subscriptionID)) throw new AlreadyExists(`subscription ${subscriptionID} already exists`);
      return [{ type: 'EpcisSubscribed', data: { queryName, subscriptionID, dest: command.dest, sealedSignatureToken: command.sealedSignatureToken } }];
    }
    if (!state.subscriptions.has(subscriptionID)) throw new NotFound(`subscription ${subscriptionID} of query ${queryName} not found`);
    return [{ type: 'EpcisUnsubscribed', data: { queryName, subscriptionID } }];
  },
};
