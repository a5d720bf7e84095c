import { Command } from '@nestjs/cqrs';
import { CommandContext } from '../../shared/command-context';
import { SerialAssignedResponse } from './assign-serial.response';

/** New units of a SKU, optionally from a lot, at their first location. */
export interface NewUnits {
  sku: string;
  lotId?: string;
  location: string;
  /** When they came into being, if not now. */
  occurredAt?: string;
}

export class AssignSerialCommand extends Command<SerialAssignedResponse> {
  constructor(
    readonly unit: NewUnits & { serial: string },
    readonly context: CommandContext,
  ) {
    super();
  }
}
