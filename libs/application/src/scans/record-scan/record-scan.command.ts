import { Command } from '@nestjs/cqrs';
import { CommandContext } from '../../shared/command-context';
import { RecordScanRequest } from './record-scan.request';
import { ScanResponse } from './record-scan.response';

export class RecordScanCommand extends Command<ScanResponse> {
  constructor(
    readonly scan: RecordScanRequest,
    readonly context: CommandContext,
  ) {
    super();
  }
}
