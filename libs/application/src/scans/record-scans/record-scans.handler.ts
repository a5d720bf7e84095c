import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { ScanOutcome, ScanRecorder } from '../scan-recorder';
import { RecordScansCommand } from './record-scans.command';

@CommandHandler(RecordScansCommand)
export class RecordScansHandler implements ICommandHandler<RecordScansCommand> {
  constructor(private readonly scans: ScanRecorder) {}

  execute({ scans, context }: RecordScansCommand): Promise<{ outcomes: ScanOutcome[]; position: number }> {
    const { codes, location, party, occurredAt } = scans;
    return this.scans.record(codes, { location, party: party ?? null, occurredAt }, context);
  }
}
