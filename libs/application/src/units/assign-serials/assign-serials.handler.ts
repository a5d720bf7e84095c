import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Conflict, unitDecider, unitStream, WarrantyTerms } from '@trace/domain';
import { AppendRequest, AppendResult, EVENT_STORE, EventStore, RecordedEvent, WrongExpectedRevision } from '@trace/event-store';
import { CommandContext } from '../../shared/command-context';
import { envelopes } from '../../shared/event-envelopes';
import { lastPosition, StreamCommands } from '../../shared/stream-commands';
import { LotForUnits, lotForUnits, serialsFromLot } from '../assign-serial/lot-reference';
import { warrantyTermsOf } from '../../shared/warranty-terms';
import { AssignSerialsCommand, SerialsBatch } from './assign-serials.command';
import { SerialsAssignedResponse } from './assign-serials.response';

/** Rounds a batch is re-planned in when its lot keeps changing under other writers. */
const LOT_ROUNDS = 20;

/**
 * Bulk assignment: one decision per serial (the lot is looked up once), then one multi-stream append in
 * which each new unit stream is created with "expect no stream", so taken serials fail alone. A lot with a
 * declared size counts the batch in one write with its units, all or nothing: a taken serial is then left out
 * and the rest appended again.
 */
@CommandHandler(AssignSerialsCommand)
export class AssignSerialsHandler implements ICommandHandler<AssignSerialsCommand> {
  constructor(
    private readonly commands: StreamCommands,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  async execute({ batch, context }: AssignSerialsCommand): Promise<SerialsAssignedResponse> {
    const occurredAt = this.commands.occurredAt(batch.occurredAt);
    const earlier = await this.commands.earlierOutcome(context);
    if (earlier.length) return this.outcome(batch.serials, earlier);

    const lot = batch.lotId === undefined ? undefined : await lotForUnits(this.commands, batch.lotId);
    const warranty = await warrantyTermsOf(this.commands, batch.sku);
    const units = (serials: string[]) => this.unitRequests(batch, serials, lot, warranty, context, occurredAt);
    if (lot?.lot?.declared === undefined || lot.lot.declared === null) {
      // Checked, not counted: the lot has no declared size (or does not exist, which the units' decisions refuse).
      const requests = units(batch.serials);
      if (lot) serialsFromLot(lot, batch.serials.length, occurredAt);
      return this.answer(batch.serials, await this.store.appendMany(requests));
    }
    return this.counted(batch, lot, warranty, context, occurredAt);
  }

  private async counted(
    batch: SerialsBatch,
    first: LotForUnits,
    warranty: WarrantyTerms | undefined,
    context: CommandContext,
    occurredAt: string,
  ): Promise<SerialsAssignedResponse> {
    let lot = first;
    let left = batch.serials;
    const taken: string[] = [];
    for (let round = 0; left.length > 0;) {
      const lotWrites = serialsFromLot(lot, left.length, occurredAt).map((write) => ({
        ...write,
        events: envelopes(write.stream, write.events, context, occurredAt),
      }));
      try {
        const results = await this.store.appendAll([...this.unitRequests(batch, left, lot, warranty, context, occurredAt), ...lotWrites]);
        const position = lastPosition(results);
        return { assigned: left.length, conflicts: taken, position };
      } catch (error) {
        if (!(error instanceof WrongExpectedRevision)) throw error;
        const serial = left.find((s) => unitStream({ sku: batch.sku, serial: s }) === error.stream);
        if (serial === undefined) {
          if (++round === LOT_ROUNDS) throw new Conflict(`lot ${first.reference.lotId} kept changing under concurrent writers; retry the command`);
          lot = await lotForUnits(this.commands, first.reference.lotId);
        } else {
          taken.push(serial);
          left = left.filter((s) => s !== serial);
        }
      }
    }
    return { assigned: 0, conflicts: taken, position: await this.store.headPosition() };
  }

  private unitRequests(
    batch: SerialsBatch,
    serials: string[],
    lot: LotForUnits | undefined,
    warranty: WarrantyTerms | undefined,
    context: CommandContext,
    occurredAt: string,
  ): AppendRequest[] {
    const { sku, location } = batch;
    return serials.map((serial) => {
      const stream = unitStream({ sku, serial });
      const assign = { type: 'AssignSerial' as const, sku, serial, location, lot: lot?.reference, warranty, occurredAt };
      const events = unitDecider.decide(assign, unitDecider.initialState());
      return { stream, events: envelopes(stream, events, context, occurredAt), expected: 'no_stream' };
    });
  }

  private async answer(serials: string[], results: Array<AppendResult | WrongExpectedRevision>): Promise<SerialsAssignedResponse> {
    const conflicts = serials.filter((_, i) => results[i] instanceof WrongExpectedRevision);
    const positions = results.flatMap((result) => (result instanceof WrongExpectedRevision ? [] : [result.position]));
    const position = positions.length ? positions.reduce((a, b) => Math.max(a, b)) : await this.store.headPosition();
    return { assigned: positions.length, conflicts, position };
  }

  /** The answer of the first attempt, rebuilt from the events it appended. */
  private outcome(serials: string[], earlier: RecordedEvent[]): SerialsAssignedResponse {
    const assigned = new Set(earlier.filter((event) => event.type === 'SerialAssigned').map((event) => event.data.serial as string));
    return {
      assigned: assigned.size,
      conflicts: serials.filter((serial) => !assigned.has(serial)),
      position: earlier.reduce((max, event) => Math.max(max, event.position), 0),
    };
  }
}
