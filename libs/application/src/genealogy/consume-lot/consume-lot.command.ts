import { Command } from '@nestjs/cqrs';
import { UnitRef } from '@trace/domain';
import { CommandContext } from '../../shared/command-context';
import { ChangedResponse } from '../../shared/responses';

/** `quantity` of lot `lotId` (from its stock at `from`) consumed into `unit`; answers the revision of the stream named by `answer`. */
export class ConsumeLotCommand extends Command<ChangedResponse> {
  constructor(
    readonly unit: UnitRef,
    readonly lotId: string,
    readonly quantity: number,
    readonly from: string | undefined,
    readonly occurredAt: string | undefined,
    readonly context: CommandContext,
    readonly answer: 'unit' | 'lot' = 'unit',
  ) {
    super();
  }
}
