import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { APP_CONFIG, AppConfig } from '@trace/config';
import { epcisQueryStream, InvalidInput, namedQueryDecider } from '@trace/domain';
import { SecretSealer } from '../../shared/secret-sealer';
import { StreamCommands } from '../../shared/stream-commands';
import { destinationProblem } from '../subscriptions/webhook-destination';
import { SubscribeCommand } from './subscribe.command';
import { SubscribedResponse } from './subscribe.response';

@CommandHandler(SubscribeCommand)
export class SubscribeHandler implements ICommandHandler<SubscribeCommand> {
  constructor(
    private readonly commands: StreamCommands,
    private readonly sealer: SecretSealer,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async execute({ queryName, dest, signatureToken, context }: SubscribeCommand): Promise<SubscribedResponse> {
    const problem = await destinationProblem(dest, this.config.webhookAllowHosts);
    if (problem) throw InvalidInput.field('dest', problem);
    // The command's id names the subscription: a retry with the same Idempotency-Key finds the same one.
    const subscriptionID = context.commandId;
    // The log keeps the token sealed: whoever reads the log or its export does not learn it.
    const sealedSignatureToken = await this.sealer.seal(signatureToken, subscriptionID);
    const result = await this.commands.execute({
      stream: epcisQueryStream(queryName),
      decider: namedQueryDecider,
      decide: (state) => namedQueryDecider.decide({ type: 'Subscribe', queryName, subscriptionID, dest, sealedSignatureToken }, state),
      context,
      occurredAt: this.commands.occurredAt(undefined),
    });
    return { subscriptionID, queryName, ...result };
  }
}
