import { Command } from '@nestjs/cqrs';
import { RecallSeverity, UnitRef } from '@trace/domain';
import { CommandContext } from '../../shared/command-context';
import { RecallOpenedResponse } from './open-recall.response';

/** What is recalled and why; the id is generated when absent, the time is now when absent. */
export interface RecallToOpen {
  recallId?: string;
  lotIds?: string[];
  units?: UnitRef[];
  reason: string;
  severity: RecallSeverity;
  occurredAt?: string;
}

export class OpenRecallCommand extends Command<RecallOpenedResponse> {
  constructor(
    readonly recall: RecallToOpen,
    readonly context: CommandContext,
  ) {
    super();
  }
}
