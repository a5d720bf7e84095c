import { ContainerChange } from '@trace/domain';
import { CommandContext } from '../../shared/command-context';

/** A move, shipment or receipt of a container: the unit DTOs map to the same domain commands. */
export class ChangeContainerCommand {
  constructor(
    readonly containerId: string,
    readonly change: ContainerChange,
    readonly occurredAt: string | undefined,
    readonly context: CommandContext,
  ) {}
}
