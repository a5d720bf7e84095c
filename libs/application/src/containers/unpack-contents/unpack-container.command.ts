import { CommandContext } from '../../shared/command-context';

export class UnpackContainerCommand {
  constructor(
    readonly containerId: string,
    readonly childId: string,
    readonly context: CommandContext,
  ) {}
}
