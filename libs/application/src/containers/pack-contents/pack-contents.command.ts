import { UnitRef } from '@trace/domain';
import { CommandContext } from '../../shared/command-context';

export class PackContentsCommand {
  constructor(
    readonly containerId: string,
    readonly units: UnitRef[],
    readonly containers: string[],
    readonly occurredAt: string | undefined,
    readonly context: CommandContext,
  ) {}
}
