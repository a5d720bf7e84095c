import { Command } from '@nestjs/cqrs';
import { CommandContext } from '../../shared/command-context';
import { ContainerCreatedResponse } from './create-container.response';

export class CreateContainerCommand extends Command<ContainerCreatedResponse> {
  constructor(
    readonly containerId: string,
    readonly location: string,
    readonly occurredAt: string | undefined,
    readonly context: CommandContext,
  ) {
    super();
  }
}
