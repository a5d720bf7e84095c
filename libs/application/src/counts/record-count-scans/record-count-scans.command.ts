import { Command } from '@nestjs/cqrs';
import { CommandContext } from '../../shared/command-context';
import { CountItems } from '../counted-items';
import { CountScansResponse } from './record-count-scans.response';

export class RecordCountScansCommand extends Command<CountScansResponse> {
  constructor(
    readonly countId: string,
    readonly items: CountItems,
    readonly context: CommandContext,
  ) {
    super();
  }
}
