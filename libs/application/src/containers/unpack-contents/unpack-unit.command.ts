import { UnitRef } from '@trace/domain';
import { CommandContext } from '../../shared/command-context';

export class UnpackUnitCommand {
  constructor(
    readonly containerId: string,
    readonly unit: UnitRef,
    readonly context: CommandContext,
  ) {}
}
