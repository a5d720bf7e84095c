import { Command } from '@nestjs/cqrs';
import { RegisterLot } from '@trace/domain';
import { CommandContext } from '../../shared/command-context';
import { LotRegisteredResponse } from './register-lot.response';

export class RegisterLotCommand extends Command<LotRegisteredResponse> {
  constructor(
    readonly lot: Omit<RegisterLot, 'type'> & { occurredAt?: string },
    readonly context: CommandContext,
  ) {
    super();
  }
}
