import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { decideRemove } from '@trace/domain';
import { ChangedResponse } from '../../shared/responses';
import { answerFor, StreamCommands } from '../../shared/stream-commands';
import { assemblyWrites } from '../assembly-writes';
import { UnitLoader } from '../../shared/unit-loader';
import { RemoveComponentCommand } from './remove-component.command';

@CommandHandler(RemoveComponentCommand)
export class RemoveComponentHandler implements ICommandHandler<RemoveComponentCommand> {
  constructor(
    private readonly commands: StreamCommands,
    private readonly units: UnitLoader,
  ) {}

  async execute({ parent, component, context }: RemoveComponentCommand): Promise<ChangedResponse> {
    const results = await this.commands.executeAll(context, this.commands.occurredAt(undefined), async () => {
      const loadedParent = await this.units.load(parent);
      const loadedComponent = await this.units.load(component);
      const ancestors = await this.units.ancestors(loadedParent.state);
      const scope = { parent: loadedParent.state, component: loadedComponent.state, ancestors: ancestors.map((a) => a.state) };
      return assemblyWrites(loadedComponent, loadedParent, ancestors, decideRemove(scope));
    });
    return answerFor(results, 1);
  }
}
