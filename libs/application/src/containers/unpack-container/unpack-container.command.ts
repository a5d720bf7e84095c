import { Command } from '@nestjs/cqrs';
import { CommandContext } from '../../shared/command-context';
import { ChangedResponse } from '../../shared/responses';

export class UnpackContainerCommand extends Command<ChangedResponse> {
  constructor(
    readonly containerId: string,
    readonly childId: string,
    readonly context: CommandContext,
  ) {
    super();
  }
}
