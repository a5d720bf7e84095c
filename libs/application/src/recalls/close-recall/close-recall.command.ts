import { Command } from '@nestjs/cqrs';
import { CommandContext } from '../../shared/command-context';
import { RecallClosedResponse } from './close-recall.response';

/** How a recall is closed: forced (with a reason) when units are still outstanding. */
export interface RecallClosing {
  force?: boolean;
  reason?: string;
}

export class CloseRecallCommand extends Command<RecallClosedResponse> {
  constructor(
    readonly recallId: string,
    readonly close: RecallClosing,
    readonly context: CommandContext,
  ) {
    super();
  }
}
