import { Command } from '@nestjs/cqrs';
import { ContainerChange } from '@trace/domain';
import { CommandContext } from '../../shared/command-context';
import { ChangedResponse } from '../../shared/responses';

/** A move, shipment or receipt of a container: the same domain commands as a unit's, applied to all it carries. */
export class ChangeContainerCommand extends Command<ChangedResponse> {
  constructor(
    readonly containerId: string,
    readonly change: ContainerChange,
    readonly occurredAt: string | undefined,
    readonly context: CommandContext,
  ) {
    super();
  }
}
