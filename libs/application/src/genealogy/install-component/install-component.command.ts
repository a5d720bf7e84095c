import { Command } from '@nestjs/cqrs';
import { UnitRef } from '@trace/domain';
import { CommandContext } from '../../shared/command-context';
import { ChangedResponse } from '../../shared/responses';

/** Builds `component` into `parent`; answers the parent's revision. */
export class InstallComponentCommand extends Command<ChangedResponse> {
  constructor(
    readonly parent: UnitRef,
    readonly component: UnitRef,
    readonly occurredAt: string | undefined,
    readonly context: CommandContext,
  ) {
    super();
  }
}
