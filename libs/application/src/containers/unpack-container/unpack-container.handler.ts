import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { decideUnpackContainer } from '@trace/domain';
import { ChangedResponse } from '../../shared/responses';
import { answerFor, StreamCommands, writeOf } from '../../shared/stream-commands';
import { ContainerLoader } from '../container-loader';
import { UnpackContainerCommand } from './unpack-container.command';

/** The container and the nested container that comes out of it are written together, at the revisions read. */
@CommandHandler(UnpackContainerCommand)
export class UnpackContainerHandler implements ICommandHandler<UnpackContainerCommand> {
  constructor(
    private readonly commands: StreamCommands,
    private readonly containers: ContainerLoader,
  ) {}

  async execute({ containerId, childId, context }: UnpackContainerCommand): Promise<ChangedResponse> {
    const results = await this.commands.executeAll(context, this.commands.occurredAt(undefined), async () => {
      const container = await this.containers.load(containerId);
      const child = await this.containers.load(childId);
      const events = decideUnpackContainer(container.state, child.state);
      return [writeOf(container, events.container), writeOf(child, events.child)];
    });
    return answerFor(results, 0);
  }
}
