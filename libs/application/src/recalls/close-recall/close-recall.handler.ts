import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { NotFound, recallDecider, recallStream } from '@trace/domain';
import { EVENT_STORE, EventStore } from '@trace/event-store';
import { recallLotsModel, recallUnitsModel } from '@trace/projections';
import { countDocuments, READ_STORE, ReadStore } from '@trace/read-store';
import { ReadModelsPosition } from '../../shared/read-models-position';
import { StreamCommands } from '../../shared/stream-commands';
import { CloseRecallCommand } from './close-recall.command';
import { RecallClosedResponse } from './close-recall.response';

/** Counts outstanding units and lots on read models that have caught up with the log as it was when asked. */
@CommandHandler(CloseRecallCommand)
export class CloseRecallHandler implements ICommandHandler<CloseRecallCommand> {
  constructor(
    private readonly commands: StreamCommands,
    private readonly readModels: ReadModelsPosition,
    @Inject(EVENT_STORE) private readonly events: EventStore,
    @Inject(READ_STORE) private readonly reads: ReadStore,
  ) {}

  async execute({ recallId, close, context }: CloseRecallCommand): Promise<RecallClosedResponse> {
    await this.readModels.waitFor(await this.events.headPosition());
    const outstanding = (await countDocuments(this.reads, recallUnitsModel, { recallId }, 'state')).outstanding ?? 0;
    const outstandingLots = (await countDocuments(this.reads, recallLotsModel, { recallId }, 'state')).outstanding ?? 0;
    const result = await this.commands.execute({
      stream: recallStream(recallId),
      decider: recallDecider,
      decide: (state) => {
        if (!state.exists) throw new NotFound(`recall ${recallId} not found`);
        return recallDecider.decide({ type: 'CloseRecall', outstanding, outstandingLots, force: close.force ?? false, reason: close.reason }, state);
      },
      context,
      occurredAt: this.commands.occurredAt(undefined),
    });
    return { recallId, outstanding, outstandingLots, ...result };
  }
}
