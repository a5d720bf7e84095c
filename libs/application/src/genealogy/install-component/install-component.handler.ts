import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { decideInstall, InvalidReference, NotFound } from '@trace/domain';
import { ChangedResponse } from '../../shared/responses';
import { answerFor, StreamCommands } from '../../shared/stream-commands';
import { assemblyWrites } from '../assembly-writes';
import { UnitLoader } from '../../shared/unit-loader';
import { PendingHolds } from '../../shared/pending-holds';
import { InstallComponentCommand } from './install-component.command';

/** Parent, component and every ancestor are written together, at the revisions the decision was made on. */
@CommandHandler(InstallComponentCommand)
export class InstallComponentHandler implements ICommandHandler<InstallComponentCommand> {
  constructor(
    private readonly commands: StreamCommands,
    private readonly units: UnitLoader,
    private readonly pendingHolds: PendingHolds,
  ) {}

  async execute({ parent, component, occurredAt, context }: InstallComponentCommand): Promise<ChangedResponse> {
    const when = this.commands.occurredAt(occurredAt);
    const held = await this.pendingHolds.overlay([component]);
    const results = await this.commands.executeAll(context, when, async () => {
      const loadedParent = await this.units.load(parent);
      const loadedComponent = await this.units.load(component).catch((error) => {
        throw error instanceof NotFound ? new InvalidReference('serial', error.message) : error;
      });
      const ancestors = await this.units.ancestors(loadedParent.state);
      const scope = { parent: loadedParent.state, component: held(loadedComponent.state), ancestors: ancestors.map((a) => a.state) };
      return assemblyWrites(loadedComponent, loadedParent, ancestors, decideInstall(scope, when));
    });
    return answerFor(results, 1);
  }
}
