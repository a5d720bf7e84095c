import { UnitLifecycleCommand, UnitRef } from '@trace/domain';
import { CommandContext } from '../../shared/command-context';

/** Any lifecycle command for an existing unit: the use-case DTOs map to the domain command. */
export class ChangeUnitCommand {
  constructor(
    readonly unit: UnitRef,
    readonly command: UnitLifecycleCommand,
    readonly occurredAt: string | undefined,
    readonly context: CommandContext,
  ) {}
}

export interface ChangeUnitResult {
  revision: number;
  position: number;
}

/** What each lifecycle DTO offers the shared controller. */
export interface UnitChange {
  occurredAt?: string;
  toCommand(): UnitLifecycleCommand;
}
