import { CommandContext } from '../../shared/command-context';
import { OpenRecallDto } from './open-recall.dto';

export class OpenRecallCommand {
  constructor(
    readonly recall: OpenRecallDto,
    readonly context: CommandContext,
  ) {}
}
