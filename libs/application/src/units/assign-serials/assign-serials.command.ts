import { Command } from '@nestjs/cqrs';
import { CommandContext } from '../../shared/command-context';
import { NewUnits } from '../assign-serial/assign-serial.command';
import { SerialsAssignedResponse } from './assign-serials.response';

/** A batch of serials of one SKU. */
export type SerialsBatch = NewUnits & { serials: string[] };

export class AssignSerialsCommand extends Command<SerialsAssignedResponse> {
  constructor(
    /** The serials, checked: no duplicates, every one valid. */
    readonly batch: SerialsBatch,
    readonly context: CommandContext,
  ) {
    super();
  }
}
