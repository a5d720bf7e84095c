import { Command } from '@nestjs/cqrs';
import { ResolveRecall, UnitRef } from '@trace/domain';
import { CommandContext } from '../../shared/command-context';
import { ChangedResponse } from '../../shared/responses';

/** What became of a held unit, and a note. */
export type Resolution = Pick<ResolveRecall, 'action' | 'note'>;

/** Resolves one unit a recall holds; the answer is where the unit's stream stands. */
export class ResolveUnitCommand extends Command<ChangedResponse> {
  constructor(
    readonly recallId: string,
    readonly unit: UnitRef,
    readonly resolution: Resolution,
    readonly context: CommandContext,
  ) {
    super();
  }
}
