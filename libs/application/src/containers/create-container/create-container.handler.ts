import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { containerDecider, ContainerState, containerStream } from '@trace/domain';
import { StreamCommands } from '../../shared/stream-commands';
import { CreateContainerCommand } from './create-container.command';
import { ContainerCreatedResponse } from './create-container.response';

/** Appends on "no stream": two concurrent creations of one id cannot both succeed. */
@CommandHandler(CreateContainerCommand)
export class CreateContainerHandler implements ICommandHandler<CreateContainerCommand> {
  constructor(private readonly commands: StreamCommands) {}

  async execute({ containerId, location, occurredAt, context }: CreateContainerCommand): Promise<ContainerCreatedResponse> {
    const result = await this.commands.execute<ContainerState>({
      stream: containerStream(containerId),
      decider: containerDecider,
      decide: (state) => containerDecider.decide({ type: 'CreateContainer', containerId, location }, state),
      context,
      occurredAt: this.commands.occurredAt(occurredAt),
    });
    return { containerId, ...result };
  }
}
