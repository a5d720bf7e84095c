import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { decideCargo } from '@trace/domain';
import { answerFor, StreamCommands, writeOf } from '../../shared/stream-commands';
import { ContainerLoader } from '../container-loader';
import { ChangeContainerCommand } from './change-container.command';

/** The container, every nested container and every unit inside are written together, at the revisions read. */
@CommandHandler(ChangeContainerCommand)
export class ChangeContainerHandler implements ICommandHandler<ChangeContainerCommand> {
  constructor(
    private readonly commands: StreamCommands,
    private readonly containers: ContainerLoader,
  ) {}

  async execute({ containerId, change, occurredAt, context }: ChangeContainerCommand) {
    const results = await this.commands.executeAll(context, this.commands.occurredAt(occurredAt), async () => {
      const cargo = await this.containers.cargo(containerId);
      const scope = { container: cargo.container.state, nested: cargo.nested.map((c) => c.state), units: cargo.units.map((u) => u.state) };
      const events = decideCargo(scope, change);
      return [
        writeOf(cargo.container, events.container),
        ...cargo.nested.map((loaded, i) => writeOf(loaded, events.nested[i])),
        ...cargo.units.map((loaded, i) => writeOf(loaded, events.units[i])),
      ];
    });
    return answerFor(results, 0);
  }
}
