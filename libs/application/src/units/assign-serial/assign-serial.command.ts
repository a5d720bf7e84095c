import { CommandContext } from '../../shared/command-context';
import { AssignSerialDto } from './assign-serial.dto';

export class AssignSerialCommand {
  constructor(
    readonly unit: AssignSerialDto,
    readonly context: CommandContext,
  ) {}
}

export interface AssignSerialResult {
  sku: string;
  serial: string;
  revision: number;
  position: number;
}
