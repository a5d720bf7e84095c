import { Command } from '@nestjs/cqrs';
import { UnitRef } from '@trace/domain';
import { CommandContext } from '../../shared/command-context';
import { ChangedResponse } from '../../shared/responses';

/** Takes `component` out of `parent`; answers the parent's revision. */
export class RemoveComponentCommand extends Command<ChangedResponse> {
  constructor(
    readonly parent: UnitRef,
    readonly component: UnitRef,
    readonly context: CommandContext,
  ) {
    super();
  }
}
