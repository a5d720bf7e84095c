import { Module } from '@nestjs/common';
import { SharedModule } from '../shared/shared.module';
import { RecordScanController } from './record-scan/record-scan.controller';
import { RecordScanHandler } from './record-scan/record-scan.handler';
import { RecordScansController } from './record-scans/record-scans.controller';
import { RecordScansHandler } from './record-scans/record-scans.handler';
import { ScanRecorder } from './scan-recorder';

/** Scans: GS1 codes in every form read, resolved and recorded as sightings, with what does not fit the record. */
@Module({
  imports: [SharedModule],
  controllers: [RecordScanController, RecordScansController],
  providers: [ScanRecorder, RecordScanHandler, RecordScansHandler],
})
export class ScansModule {}
