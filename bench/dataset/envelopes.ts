import { DomainEvent, EVENT_SCHEMA_VERSION } from '@trace/domain';
import { NewEvent } from '@trace/event-store';
import { createHash, randomUUID } from 'node:crypto';

/** One synthetic command: who sent it, and the ids the API would have stored with its events. */
export interface SyntheticCommand {
  commandId: string;
  actor: string;
  requestHash: string;
}

export function syntheticCommand(actor: string): SyntheticCommand {
  const commandId = randomUUID();
  return { commandId, actor, requestHash: createHash('sha256').update(commandId).digest('hex') };
}

/** The envelope the API stores (see the application's event envelopes), with random event ids: nothing here is retried. */
export function syntheticEnvelopes(events: DomainEvent[], command: SyntheticCommand, occurredAt: string): NewEvent[] {
  return events.map((event) => ({
    eventId: randomUUID(),
    type: event.type,
    data: event.data,
    occurredAt,
    metadata: {
      commandId: command.commandId,
      correlationId: command.commandId,
      causationId: command.commandId,
      actor: command.actor,
      schemaVersion: EVENT_SCHEMA_VERSION,
    },
    requestHash: command.requestHash,
  }));
}
