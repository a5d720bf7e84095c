import { UnitLifecycleCommand } from '@trace/domain';

/** What each lifecycle request offers its controller: when it happened, and the domain command it asks for. */
export interface UnitChange {
  occurredAt?: string;
  toCommand(): UnitLifecycleCommand;
}
