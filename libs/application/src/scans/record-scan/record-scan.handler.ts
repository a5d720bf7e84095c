import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { DomainError } from '@trace/domain';
import { ScanRecorder } from '../scan-recorder';
import { RecordScanCommand } from './record-scan.command';
import { ScanResponse } from './record-scan.response';

/** One scan: its code's error is the request's. */
@CommandHandler(RecordScanCommand)
export class RecordScanHandler implements ICommandHandler<RecordScanCommand> {
  constructor(private readonly scans: ScanRecorder) {}

  async execute({ scan, context }: RecordScanCommand): Promise<ScanResponse> {
    const { code, location, party, occurredAt } = scan;
    const { outcomes, position } = await this.scans.record([code], { location, party: party ?? null, occurredAt }, context);
    const [outcome] = outcomes;
    if (outcome instanceof DomainError) throw outcome;
    return { ...outcome, position };
  }
}
