import { CommandContext } from '../../shared/command-context';
import { CloseRecallDto } from './close-recall.dto';

export class CloseRecallCommand {
  constructor(
    readonly recallId: string,
    readonly close: CloseRecallDto,
    readonly context: CommandContext,
  ) {}
}
