import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { epcisQueryStream, namedQueryDecider } from '@trace/domain';
import { ChangedResponse } from '../../shared/responses';
import { StreamCommands } from '../../shared/stream-commands';
import { UnsubscribeCommand } from './unsubscribe.command';

@CommandHandler(UnsubscribeCommand)
export class UnsubscribeHandler implements ICommandHandler<UnsubscribeCommand> {
  constructor(private readonly commands: StreamCommands) {}

  execute({ queryName, subscriptionID, context }: UnsubscribeCommand): Promise<ChangedResponse> {
    return this.commands.execute({
      stream: epcisQueryStream(queryName),
      decider: namedQueryDecider,
      decide: (state) => namedQueryDecider.decide({ type: 'Unsubscribe', queryName, subscriptionID }, state),
      context,
      occurredAt: this.commands.occurredAt(undefined),
    });
  }
}
