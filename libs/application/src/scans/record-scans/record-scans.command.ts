import { Command } from '@nestjs/cqrs';
import { CommandContext } from '../../shared/command-context';
import { ScanOutcome } from '../scan-recorder';
import { RecordScansRequest } from './record-scans.request';

/** A batch of scans; each code's error stays a domain error here, and the HTTP edge answers it as that code's result. */
export class RecordScansCommand extends Command<{ outcomes: ScanOutcome[]; position: number }> {
  constructor(
    readonly scans: RecordScansRequest,
    readonly context: CommandContext,
  ) {
    super();
  }
}
