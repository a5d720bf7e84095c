import { Command } from '@nestjs/cqrs';
import { CommandContext } from '../../shared/command-context';
import { QueryDefinedResponse } from './define-query.response';

export class DefineQueryCommand extends Command<QueryDefinedResponse> {
  constructor(
    readonly queryName: string,
    readonly query: Record<string, string>,
    readonly context: CommandContext,
  ) {
    super();
  }
}
