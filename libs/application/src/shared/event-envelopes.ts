import { DomainEvent, EVENT_SCHEMA_VERSION } from '@trace/domain';
import { NewEvent } from '@trace/event-store';
import { stableUuid } from '@trace/shared';
import { CommandContext } from './command-context';

/** Wraps decided events for the store; ids derive from command and stream, so a retry appends nothing new. */
export function envelopes(stream: string, events: DomainEvent[], context: CommandContext, occurredAt: string): NewEvent[] {
  return events.map((event, index) => ({
    eventId: stableUuid(`${context.commandId}:${stream}:${index}`),
    type: event.type,
    data: event.data,
    occurredAt,
    metadata: {
      commandId: context.commandId,
      correlationId: context.correlationId,
      causationId: context.causationId,
      actor: context.actor,
      ...(context.onBehalfOf === null ? {} : { onBehalfOf: context.onBehalfOf }),
      ...(context.epcisEventId === undefined ? {} : { epcisEventId: context.epcisEventId }),
      schemaVersion: EVENT_SCHEMA_VERSION,
    },
    requestHash: context.requestHash,
  }));
}

/**
 * A stream's stored events as the domain events they record. The store only ever holds what a decider decided
 * (wrapped above), so a stored type names its data's shape: this is the one place that says so.
 */
export function recordedFacts<Event extends DomainEvent>(history: ReadonlyArray<{ type: string; data: Record<string, unknown> }>): Event[] {
  return history as unknown as Event[];
}
