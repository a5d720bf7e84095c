import { Command } from '@nestjs/cqrs';
import { CommandContext } from '../../shared/command-context';
import { CountClosedResponse } from '../get-count/get-count.response';

export class CloseCountCommand extends Command<CountClosedResponse> {
  constructor(
    readonly countId: string,
    readonly context: CommandContext,
  ) {
    super();
  }
}
