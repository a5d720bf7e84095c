import { Command } from '@nestjs/cqrs';
import { CommandContext } from '../../shared/command-context';
import { ChangedResponse } from '../../shared/responses';

export class UnsubscribeCommand extends Command<ChangedResponse> {
  constructor(
    readonly queryName: string,
    readonly subscriptionID: string,
    readonly context: CommandContext,
  ) {
    super();
  }
}
