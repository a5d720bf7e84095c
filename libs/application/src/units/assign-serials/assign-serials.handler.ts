import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { unitDecider, unitStream } from '@trace/domain';
import { AppendRequest, EVENT_STORE, EventStore, RecordedEvent, WrongExpectedRevision } from '@trace/event-store';
import { envelopes } from '../../shared/event-envelopes';
import { StreamCommands } from '../../shared/stream-commands';
import { lotReference } from '../assign-serial/lot-reference';
import { AssignSerialsCommand } from './assign-serials.command';
import { SerialsAssignedResponse } from './assign-serials.response';

/**
 * Bulk assignment: one decision per serial (the lot is looked up once), then one multi-stream append in
 * which each new unit stream is created with "expect no stream", so taken serials fail alone.
 */
@CommandHandler(AssignSerialsCommand)
export class AssignSerialsHandler implements ICommandHandler<AssignSerialsCommand> {
  constructor(
    private readonly commands: StreamCommands,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  async execute({ batch, context }: AssignSerialsCommand): Promise<SerialsAssignedResponse> {
    const { sku, location, serials } = batch;
    const occurredAt = this.commands.occurredAt(batch.occurredAt);
    const earlier = await this.commands.earlierOutcome(context);
    if (earlier.length) return this.outcome(serials, earlier);

    const lot = await lotReference(this.commands, batch.lotId);
    const requests: AppendRequest[] = serials.map((serial) => {
      const stream = unitStream({ sku, serial });
      const events = unitDecider.decide({ type: 'AssignSerial', sku, serial, location, lot }, unitDecider.initialState());
      return { stream, events: envelopes(stream, events, context, occurredAt), expected: 'no_stream' };
    });
    const results = await this.store.appendMany(requests);
    const conflicts = serials.filter((_, i) => results[i] instanceof WrongExpectedRevision);
    const positions = results.flatMap((result) => (result instanceof WrongExpectedRevision ? [] : [result.position]));
    const position = positions.length ? positions.reduce((a, b) => Math.max(a, b)) : await this.store.headPosition();
    return { assigned: positions.length, conflicts, position };
  }

  /** The answer of the first attempt, rebuilt from the events it appended. */
  private outcome(serials: string[], earlier: RecordedEvent[]): SerialsAssignedResponse {
    const assigned = new Set(earlier.map((event) => event.data.serial as string));
    return {
      assigned: assigned.size,
      conflicts: serials.filter((serial) => !assigned.has(serial)),
      position: earlier.reduce((max, event) => Math.max(max, event.position), 0),
    };
  }
}
