import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { lotDecider, LotState, lotStream, REFUSED_WHILE_LOT_HELD } from '@trace/domain';
import { LotPendingHolds } from '../../shared/lot-pending-holds';
import { StreamCommands } from '../../shared/stream-commands';
import { ChangeLotCommand } from './change-lot.command';
import { LotChangedResponse } from './lot-changed.response';

/** Decided by the lot decider against the lot's current quantities, at the time the fact happened. */
@CommandHandler(ChangeLotCommand)
export class ChangeLotHandler implements ICommandHandler<ChangeLotCommand> {
  constructor(
    private readonly commands: StreamCommands,
    private readonly pendingHolds: LotPendingHolds,
  ) {}

  async execute({ command, occurredAt, context }: ChangeLotCommand): Promise<LotChangedResponse> {
    const when = this.commands.occurredAt(occurredAt);
    const held = REFUSED_WHILE_LOT_HELD.has(command.type) ? await this.pendingHolds.overlay(command.lotId) : undefined;
    const result = await this.commands.execute<LotState>({
      stream: lotStream(command.lotId),
      decider: lotDecider,
      decide: (state) => lotDecider.decide({ ...command, occurredAt: when }, held && state.exists ? held(state) : state),
      context,
      occurredAt: when,
    });
    return { lotId: command.lotId, revision: result.revision, position: result.position };
  }
}
