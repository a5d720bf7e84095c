import { UnitRef } from '@trace/domain';
import { CommandContext } from '../../shared/command-context';

export class RemoveComponentCommand {
  constructor(
    readonly parent: UnitRef,
    readonly component: UnitRef,
    readonly context: CommandContext,
  ) {}
}
