import { CommandContext } from '../shared/command-context';

/** The captured event an intent comes from: its id, when it happened, and the context of each command it takes. */
export interface IntentOrigin {
  eventID: string;
  eventTime: string;
  /** A context per command: event ids derive from the command id, so two commands of one event never share one. */
  next(): CommandContext;
}
