import { Command } from '@nestjs/cqrs';
import { UnitRef } from '@trace/domain';
import { CommandContext } from '../../shared/command-context';
import { ChangedResponse } from '../../shared/responses';

export class ClearSuspicionCommand extends Command<ChangedResponse> {
  constructor(
    readonly unit: UnitRef,
    readonly note: string,
    readonly context: CommandContext,
  ) {
    super();
  }
}
