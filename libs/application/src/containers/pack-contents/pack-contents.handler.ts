import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { decidePack, InvalidInput, InvalidReference, NotFound, unitKey, UnitRef } from '@trace/domain';
import { mapLimited } from '@trace/shared';
import { ChangedResponse } from '../../shared/responses';
import { answerFor, StreamCommands, writeOf } from '../../shared/stream-commands';
import { UnitLoader } from '../../shared/unit-loader';
import { ContainerLoader, READS_IN_FLIGHT } from '../container-loader';
import { PackContentsCommand } from './pack-contents.command';

/** A missing unit or container named in the body is the caller's reference problem (422), naming the item. */
const asReference = (field: string) => (error: unknown) => {
  throw error instanceof NotFound ? new InvalidReference(field, error.message) : error;
};

function assertSomethingOnce(units: UnitRef[], containers: string[]): void {
  if (!units.length && !containers.length) throw InvalidInput.field('units', 'give at least one unit or container to pack');
  const seenUnits = new Set<string>();
  units.forEach((unit, i) => {
    if (seenUnits.has(unitKey(unit))) throw InvalidInput.field(`units[${i}]`, `lists ${unitKey(unit)} twice`);
    seenUnits.add(unitKey(unit));
  });
  containers.forEach((id, i) => {
    if (containers.indexOf(id) !== i) throw InvalidInput.field(`containers[${i}]`, `lists container ${id} twice`);
  });
}

/** The container, every unit and every nested container packed are written together, at the revisions read. */
@CommandHandler(PackContentsCommand)
export class PackContentsHandler implements ICommandHandler<PackContentsCommand> {
  constructor(
    private readonly commands: StreamCommands,
    private readonly containerLoader: ContainerLoader,
    private readonly unitLoader: UnitLoader,
  ) {}

  async execute({ containerId, units, containers, occurredAt, context }: PackContentsCommand): Promise<ChangedResponse> {
    assertSomethingOnce(units, containers);
    const results = await this.commands.executeAll(context, this.commands.occurredAt(occurredAt), async () => {
      const container = await this.containerLoader.load(containerId);
      const ancestors = await this.containerLoader.ancestors(container.state);
      const packedUnits = await mapLimited([...units.entries()], READS_IN_FLIGHT, ([i, unit]) => this.unitLoader.load(unit).catch(asReference(`units[${i}]`)));
      const packedContainers = await mapLimited([...containers.entries()], READS_IN_FLIGHT, ([i, id]) =>
        this.containerLoader.load(id).catch(asReference(`containers[${i}]`)),
      );
      const levelsBelow = new Map<string, number>();
      for (const loaded of packedContainers) levelsBelow.set(loaded.state.containerId, (await this.containerLoader.nested(loaded)).length);
      const events = decidePack({
        container: container.state,
        ancestors,
        units: packedUnits.map((loaded) => loaded.state),
        containers: packedContainers.map((loaded) => loaded.state),
        levelsBelow,
      });
      return [
        writeOf(container, events.container),
        ...packedUnits.map((loaded, i) => writeOf(loaded, events.units[i])),
        ...packedContainers.map((loaded, i) => writeOf(loaded, events.containers[i])),
      ];
    });
    return answerFor(results, 0);
  }
}
