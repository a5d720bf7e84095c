import { UnitRef } from '@trace/domain';
import { CommandContext } from '../../shared/command-context';

/** What comes out of a container: one unit, or one nested container. */
export type PackedItem = { unit: UnitRef } | { containerId: string };

export class UnpackContentsCommand {
  constructor(
    readonly containerId: string,
    readonly item: PackedItem,
    readonly context: CommandContext,
  ) {}
}
