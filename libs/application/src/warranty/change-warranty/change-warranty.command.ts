import { Command } from '@nestjs/cqrs';
import { ExtendWarranty, UnitRef, VoidWarranty } from '@trace/domain';
import { CommandContext } from '../../shared/command-context';
import { ChangedResponse } from '../../shared/responses';

/** A change of a unit's warranty terms, decided on the unit's stream: extended or voided. */
export class ChangeWarrantyCommand extends Command<ChangedResponse> {
  constructor(
    readonly unit: UnitRef,
    readonly command: ExtendWarranty | VoidWarranty,
    readonly context: CommandContext,
  ) {
    super();
  }
}
