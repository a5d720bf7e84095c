import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { decideUnpackContainer, decideUnpackUnit } from '@trace/domain';
import { answerFor, StreamCommands, StreamWrite, writeOf } from '../../shared/stream-commands';
import { UnitLoader } from '../../shared/unit-loader';
import { ContainerLoader, LoadedContainer } from '../container-loader';
import { PackedItem, UnpackContentsCommand } from './unpack-contents.command';

/** The container and what comes out of it are written together, at the revisions read. */
@CommandHandler(UnpackContentsCommand)
export class UnpackContentsHandler implements ICommandHandler<UnpackContentsCommand> {
  constructor(
    private readonly commands: StreamCommands,
    private readonly containers: ContainerLoader,
    private readonly units: UnitLoader,
  ) {}

  async execute({ containerId, item, context }: UnpackContentsCommand) {
    const results = await this.commands.executeAll(context, this.commands.occurredAt(undefined), async () => {
      const container = await this.containers.load(containerId);
      return this.unpack(container, item);
    });
    return answerFor(results, 0);
  }

  private async unpack(container: LoadedContainer, item: PackedItem): Promise<StreamWrite[]> {
    if ('unit' in item) {
      const unit = await this.units.load(item.unit);
      const events = decideUnpackUnit(container.state, unit.state);
      return [writeOf(container, events.container), writeOf(unit, events.unit)];
    }
    const child = await this.containers.load(item.containerId);
    const events = decideUnpackContainer(container.state, child.state);
    return [writeOf(container, events.container), writeOf(child, events.child)];
  }
}
