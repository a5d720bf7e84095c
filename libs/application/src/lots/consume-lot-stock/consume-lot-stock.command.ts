import { Command } from '@nestjs/cqrs';
import { CommandContext } from '../../shared/command-context';
import { LotChangedResponse } from '../change-lot/lot-changed.response';

/** `quantity` of lot `lotId`, taken at `from`, consumed into lot `intoLot`: one write to both lots. */
export class ConsumeIntoLotCommand extends Command<LotChangedResponse> {
  constructor(
    readonly lotId: string,
    readonly from: string,
    readonly quantity: number,
    readonly intoLot: string,
    readonly occurredAt: string | undefined,
    readonly context: CommandContext,
  ) {
    super();
  }
}
