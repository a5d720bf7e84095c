import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { decideUnpackUnit } from '@trace/domain';
import { ChangedResponse } from '../../shared/responses';
import { answerFor, StreamCommands, writeOf } from '../../shared/stream-commands';
import { UnitLoader } from '../../shared/unit-loader';
import { ContainerLoader } from '../container-loader';
import { UnpackUnitCommand } from './unpack-unit.command';

/** The container and the unit that comes out of it are written together, at the revisions read. */
@CommandHandler(UnpackUnitCommand)
export class UnpackUnitHandler implements ICommandHandler<UnpackUnitCommand> {
  constructor(
    private readonly commands: StreamCommands,
    private readonly containers: ContainerLoader,
    private readonly units: UnitLoader,
  ) {}

  async execute({ containerId, unit, context }: UnpackUnitCommand): Promise<ChangedResponse> {
    const results = await this.commands.executeAll(context, this.commands.occurredAt(undefined), async () => {
      const container = await this.containers.load(containerId);
      const packed = await this.units.load(unit);
      const events = decideUnpackUnit(container.state, packed.state);
      return [writeOf(container, events.container), writeOf(packed, events.unit)];
    });
    return answerFor(results, 0);
  }
}
