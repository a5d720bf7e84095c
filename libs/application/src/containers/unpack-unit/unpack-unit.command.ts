import { Command } from '@nestjs/cqrs';
import { UnitRef } from '@trace/domain';
import { CommandContext } from '../../shared/command-context';
import { ChangedResponse } from '../../shared/responses';

export class UnpackUnitCommand extends Command<ChangedResponse> {
  constructor(
    readonly containerId: string,
    readonly unit: UnitRef,
    readonly context: CommandContext,
  ) {
    super();
  }
}
