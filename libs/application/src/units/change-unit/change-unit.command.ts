import { Command } from '@nestjs/cqrs';
import { UnitLifecycleCommand, UnitRef } from '@trace/domain';
import { CommandContext } from '../../shared/command-context';
import { ChangedResponse } from '../../shared/responses';

/** Any lifecycle command for an existing unit: each route's request maps to the domain command. */
export class ChangeUnitCommand extends Command<ChangedResponse> {
  constructor(
    readonly unit: UnitRef,
    readonly command: UnitLifecycleCommand,
    readonly occurredAt: string | undefined,
    readonly context: CommandContext,
  ) {
    super();
  }
}
