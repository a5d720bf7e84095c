import { CommandContext } from '../../shared/command-context';
import { RegisterLotDto } from './register-lot.dto';

export class RegisterLotCommand {
  constructor(
    readonly lot: RegisterLotDto,
    readonly context: CommandContext,
  ) {}
}

export interface RegisterLotResult {
  lotId: string;
  revision: number;
  position: number;
}
