import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { decideCargo } from '@trace/domain';
import { ChangedResponse } from '../../shared/responses';
import { answerFor, StreamCommands, writeOf } from '../../shared/stream-commands';
import { PendingHolds } from '../../shared/pending-holds';
import { ContainerLoader } from '../container-loader';
import { ChangeContainerCommand } from './change-container.command';

/** The container, every nested container and every unit inside are written together, at the revisions read. */
@CommandHandler(ChangeContainerCommand)
export class ChangeContainerHandler implements ICommandHandler<ChangeContainerCommand> {
  constructor(
    private readonly commands: StreamCommands,
    private readonly containers: ContainerLoader,
    private readonly pendingHolds: PendingHolds,
  ) {}

  async execute({ containerId, change, occurredAt, context }: ChangeContainerCommand): Promise<ChangedResponse> {
    const when = this.commands.occurredAt(occurredAt);
    // Rules judged at the time of the fact (recall holds, expiry) see the time the fact is recorded at.
    const timed = change.type === 'ShipUnit' ? { ...change, occurredAt: when } : change;
    const results = await this.commands.executeAll(context, when, async () => {
      const cargo = await this.containers.cargo(containerId);
      const units = cargo.units.map((u) => u.state);
      const held = change.type === 'ShipUnit' ? await this.pendingHolds.overlay(units) : undefined;
      const scope = { container: cargo.container.state, nested: cargo.nested.map((c) => c.state), units: held ? units.map(held) : units };
      const events = decideCargo(scope, timed);
      return [
        writeOf(cargo.container, events.container),
        ...cargo.nested.map((loaded, i) => writeOf(loaded, events.nested[i])),
        ...cargo.units.map((loaded, i) => writeOf(loaded, events.units[i])),
      ];
    });
    return answerFor(results, 0);
  }
}
