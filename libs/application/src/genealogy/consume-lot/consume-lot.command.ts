import { Command } from '@nestjs/cqrs';
import { UnitRef } from '@trace/domain';
import { CommandContext } from '../../shared/command-context';
import { ChangedResponse } from '../../shared/responses';

/** `quantity` of lot `lotId` consumed into `unit`; answers the unit's revision. */
export class ConsumeLotCommand extends Command<ChangedResponse> {
  constructor(
    readonly unit: UnitRef,
    readonly lotId: string,
    readonly quantity: number,
    readonly occurredAt: string | undefined,
    readonly context: CommandContext,
  ) {
    super();
  }
}
