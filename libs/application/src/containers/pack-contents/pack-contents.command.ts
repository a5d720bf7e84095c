import { Command } from '@nestjs/cqrs';
import { UnitRef } from '@trace/domain';
import { CommandContext } from '../../shared/command-context';
import { ChangedResponse } from '../../shared/responses';

export class PackContentsCommand extends Command<ChangedResponse> {
  constructor(
    readonly containerId: string,
    readonly units: UnitRef[],
    readonly containers: string[],
    readonly occurredAt: string | undefined,
    readonly context: CommandContext,
  ) {
    super();
  }
}
