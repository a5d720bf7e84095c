import { Command } from '@nestjs/cqrs';
import { CommandContext } from '../../shared/command-context';
import { SubscribedResponse } from './subscribe.response';

export class SubscribeCommand extends Command<SubscribedResponse> {
  constructor(
    readonly queryName: string,
    readonly dest: string,
    readonly signatureToken: string,
    readonly context: CommandContext,
  ) {
    super();
  }
}
