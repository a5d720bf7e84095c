import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { lotDecider, LotState, lotStream } from '@trace/domain';
import { StreamCommands } from '../../shared/stream-commands';
import { RegisterLotCommand } from './register-lot.command';
import { LotRegisteredResponse } from './register-lot.response';

@CommandHandler(RegisterLotCommand)
export class RegisterLotHandler implements ICommandHandler<RegisterLotCommand> {
  constructor(private readonly commands: StreamCommands) {}

  async execute({ lot, context }: RegisterLotCommand): Promise<LotRegisteredResponse> {
    const { occurredAt, ...registration } = lot;
    const result = await this.commands.execute<LotState>({
      stream: lotStream(lot.lotId),
      decider: lotDecider,
      decide: (state) => lotDecider.decide({ type: 'RegisterLot', ...registration }, state),
      context,
      occurredAt: this.commands.occurredAt(occurredAt),
    });
    return { lotId: lot.lotId, ...result };
  }
}
