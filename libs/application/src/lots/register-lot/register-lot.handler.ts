import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { lotDecider, LotState, lotStream } from '@trace/domain';
import { StreamCommands } from '../../shared/stream-commands';
import { RegisterLotCommand, RegisterLotResult } from './register-lot.command';

@CommandHandler(RegisterLotCommand)
export class RegisterLotHandler implements ICommandHandler<RegisterLotCommand, RegisterLotResult> {
  constructor(private readonly commands: StreamCommands) {}

  async execute({ lot, context }: RegisterLotCommand): Promise<RegisterLotResult> {
    const result = await this.commands.execute<LotState>({
      stream: lotStream(lot.lotId),
      decider: lotDecider,
      decide: (state) => lotDecider.decide({ type: 'RegisterLot', ...lot }, state),
      context,
      occurredAt: this.commands.occurredAt(undefined),
    });
    return { lotId: lot.lotId, ...result };
  }
}
