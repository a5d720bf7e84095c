import { Command } from '@nestjs/cqrs';
import { CountChoices } from '@trace/domain';
import { CommandContext } from '../../shared/command-context';
import { CountReconciledResponse } from './reconcile-count.response';

export class ReconcileCountCommand extends Command<CountReconciledResponse> {
  constructor(
    readonly countId: string,
    readonly choices: CountChoices,
    readonly context: CommandContext,
  ) {
    super();
  }
}
