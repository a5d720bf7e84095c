import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { decideUnpackUnit } from '@trace/domain';
import { answerFor, StreamCommands, writeOf } from '../../shared/stream-commands';
import { UnitLoader } from '../../shared/unit-loader';
import { ContainerLoader } from '../container-loader';
import { UnpackUnitCommand } from './unpack-unit.command';

@CommandHandler(UnpackUnitCommand)
export class UnpackUnitHandler implements ICommandHandler<UnpackUnitCommand> {
  constructor(
    private readonly commands: StreamCommands,
    private readonly containers: ContainerLoader,
    private readonly units: UnitLoader,
  ) {}

  async execute({ containerId, unit, context }: UnpackUnitCommand) {
    const results = await this.commands.executeAll(context, this.commands.occurredAt(undefined), async () => {
      const container = await this.containers.load(containerId);
      const loadedUnit = await this.units.load(unit);
      const events = decideUnpackUnit(container.state, loadedUnit.state);
      return [writeOf(container, events.container), writeOf(loadedUnit, events.unit)];
    });
    return answerFor(results, 0);
  }
}
