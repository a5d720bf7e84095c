import { CommandContext } from '../../shared/command-context';
import { AssignSerialsDto } from './assign-serials.dto';

export class AssignSerialsCommand {
  constructor(
    readonly batch: AssignSerialsDto,
    readonly context: CommandContext,
  ) {}
}

export interface AssignSerialsResult {
  assigned: number;
  /** Serials already taken for this SKU, left untouched. */
  conflicts: string[];
  /** Position of the last event appended (or the log head when nothing was). */
  position: number;
}
