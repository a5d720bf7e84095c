import { Command } from '@nestjs/cqrs';
import { CommandContext } from '../../shared/command-context';

export class RevokeKeyCommand extends Command<void> {
  constructor(
    readonly keyId: string,
    readonly context: CommandContext,
  ) {
    super();
  }
}
