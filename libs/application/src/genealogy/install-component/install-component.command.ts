import { UnitRef } from '@trace/domain';
import { CommandContext } from '../../shared/command-context';

export class InstallComponentCommand {
  constructor(
    readonly parent: UnitRef,
    readonly component: UnitRef,
    readonly occurredAt: string | undefined,
    readonly context: CommandContext,
  ) {}
}
