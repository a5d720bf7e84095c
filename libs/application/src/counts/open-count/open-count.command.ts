import { Command } from '@nestjs/cqrs';
import { CommandContext } from '../../shared/command-context';
import { OpenCountRequest } from './open-count.request';
import { CountOpenedResponse } from './open-count.response';

export class OpenCountCommand extends Command<CountOpenedResponse> {
  constructor(
    readonly count: OpenCountRequest,
    readonly context: CommandContext,
  ) {
    super();
  }
}
