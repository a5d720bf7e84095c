import { Command } from '@nestjs/cqrs';
import { CommandContext } from '../../shared/command-context';
import { CountOpenedResponse } from './open-count.response';

export class OpenCountCommand extends Command<CountOpenedResponse> {
  constructor(
    readonly count: { countId: string; location: string; includeSublocations?: boolean; blind?: boolean },
    readonly context: CommandContext,
  ) {
    super();
  }
}
