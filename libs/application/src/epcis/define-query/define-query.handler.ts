import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { epcisQueryStream, namedQueryDecider } from '@trace/domain';
import { StreamCommands } from '../../shared/stream-commands';
import { DefineQueryCommand } from './define-query.command';
import { QueryDefinedResponse } from './define-query.response';

@CommandHandler(DefineQueryCommand)
export class DefineQueryHandler implements ICommandHandler<DefineQueryCommand> {
  constructor(private readonly commands: StreamCommands) {}

  async execute({ queryName, query, context }: DefineQueryCommand): Promise<QueryDefinedResponse> {
    const result = await this.commands.execute({
      stream: epcisQueryStream(queryName),
      decider: namedQueryDecider,
      decide: (state) => namedQueryDecider.decide({ type: 'DefineQuery', queryName, query }, state),
      context,
      occurredAt: this.commands.occurredAt(undefined),
    });
    return { name: queryName, ...result };
  }
}
