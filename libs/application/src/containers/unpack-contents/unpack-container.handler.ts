import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { decideUnpackContainer } from '@trace/domain';
import { answerFor, StreamCommands, writeOf } from '../../shared/stream-commands';
import { ContainerLoader } from '../container-loader';
import { UnpackContainerCommand } from './unpack-container.command';

@CommandHandler(UnpackContainerCommand)
export class UnpackContainerHandler implements ICommandHandler<UnpackContainerCommand> {
  constructor(
    private readonly commands: StreamCommands,
    private readonly containers: ContainerLoader,
  ) {}

  async execute({ containerId, childId, context }: UnpackContainerCommand) {
    const results = await this.commands.executeAll(context, this.commands.occurredAt(undefined), async () => {
      const container = await this.containers.load(containerId);
      const child = await this.containers.load(childId);
      const events = decideUnpackContainer(container.state, child.state);
      return [writeOf(container, events.container), writeOf(child, events.child)];
    });
    return answerFor(results, 0);
  }
}
