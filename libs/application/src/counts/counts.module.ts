import { Module } from '@nestjs/common';
import { SharedModule } from '../shared/shared.module';
import { CloseCountController } from './close-count/close-count.controller';
import { CloseCountHandler } from './close-count/close-count.handler';
import { CountDiscrepancies } from './count-discrepancies';
import { CountRecords } from './count-records';
import { CountedItemsResolver } from './counted-items';
import { ExportCountDiscrepanciesController } from './export-count-discrepancies/export-count-discrepancies.controller';
import { ExportCountDiscrepanciesHandler } from './export-count-discrepancies/export-count-discrepancies.handler';
import { GetCountController } from './get-count/get-count.controller';
import { GetCountHandler } from './get-count/get-count.handler';
import { ListCountDiscrepanciesController } from './list-count-discrepancies/list-count-discrepancies.controller';
import { ListCountDiscrepanciesHandler } from './list-count-discrepancies/list-count-discrepancies.handler';
import { ListCountsController } from './list-counts/list-counts.controller';
import { ListCountsHandler } from './list-counts/list-counts.handler';
import { OpenCountController } from './open-count/open-count.controller';
import { OpenCountHandler } from './open-count/open-count.handler';
import { ReconcileCountController } from './reconcile-count/reconcile-count.controller';
import { ReconcileCountHandler } from './reconcile-count/reconcile-count.handler';
import { RecordCountScansController } from './record-count-scans/record-count-scans.controller';
import { RecordCountScansHandler } from './record-count-scans/record-count-scans.handler';

/** Cycle counts: opening one, counting, progress and report, discrepancies (a page at a time or as CSV), closing, reconciling, the audit list. */
@Module({
  imports: [SharedModule],
  controllers: [
    OpenCountController,
    ListCountsController,
    GetCountController,
    RecordCountScansController,
    CloseCountController,
    ListCountDiscrepanciesController,
    ExportCountDiscrepanciesController,
    ReconcileCountController,
  ],
  providers: [
    CountRecords,
    CountedItemsResolver,
    CountDiscrepancies,
    OpenCountHandler,
    ListCountsHandler,
    GetCountHandler,
    RecordCountScansHandler,
    CloseCountHandler,
    ListCountDiscrepanciesHandler,
    ExportCountDiscrepanciesHandler,
    ReconcileCountHandler,
  ],
})
export class CountsModule {}
