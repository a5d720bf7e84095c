import { CommandContext } from '../../shared/command-context';

export class CreateContainerCommand {
  constructor(
    readonly containerId: string,
    readonly location: string,
    readonly occurredAt: string | undefined,
    readonly context: CommandContext,
  ) {}
}
