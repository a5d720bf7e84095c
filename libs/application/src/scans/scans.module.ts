import { Module } from '@nestjs/common';
import { SharedModule } from '../shared/shared.module';
import { RecordScanController } from './record-scan/record-scan.controller';
import { RecordScanHandler } from './record-scan/record-scan.handler';
import { RecordScansController } from './record-scans/record-scans.controller';
import { RecordScansHandler } from './record-scans/record-scans.handler';
import { ScanRecorder } from './scan-recorder';
import { ClearSuspicionController } from './clear-suspicion/clear-suspicion.controller';
import { ClearSuspicionHandler } from './clear-suspicion/clear-suspicion.handler';
import { ListSuspectsController } from './list-suspects/list-suspects.controller';
import { ListSuspectsHandler } from './list-suspects/list-suspects.handler';
import { VerifyUnitController } from './verify-unit/verify-unit.controller';
import { VerifyUnitHandler } from './verify-unit/verify-unit.handler';

/** Scans and verification: GS1 codes in every form read, resolved and recorded as sightings or verifications, with what does not fit the record. */
@Module({
  imports: [SharedModule],
  controllers: [RecordScanController, RecordScansController, VerifyUnitController, ListSuspectsController, ClearSuspicionController],
  providers: [ScanRecorder, RecordScanHandler, RecordScansHandler, VerifyUnitHandler, ListSuspectsHandler, ClearSuspicionHandler],
})
export class ScansModule {}
