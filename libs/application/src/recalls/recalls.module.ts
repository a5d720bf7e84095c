import { Module } from '@nestjs/common';
import { SharedModule } from '../shared/shared.module';
import { CloseRecallController } from './close-recall/close-recall.controller';
import { CloseRecallHandler } from './close-recall/close-recall.handler';
import { ExportRecallUnitsController } from './export-recall-units/export-recall-units.controller';
import { ExportRecallUnitsHandler } from './export-recall-units/export-recall-units.handler';
import { GetRecallController } from './get-recall/get-recall.controller';
import { GetRecallHandler } from './get-recall/get-recall.handler';
import { ListRecallUnitsController } from './list-recall-units/list-recall-units.controller';
import { ListRecallUnitsHandler } from './list-recall-units/list-recall-units.handler';
import { OpenRecallController } from './open-recall/open-recall.controller';
import { OpenRecallHandler } from './open-recall/open-recall.handler';
import { RecallUnits } from './recall-units';
import { RecallLots } from './recall-lots';
import { ListRecallLotsController } from './list-recall-lots/list-recall-lots.controller';
import { ListRecallLotsHandler } from './list-recall-lots/list-recall-lots.handler';
import { ExportRecallLotsController } from './export-recall-lots/export-recall-lots.controller';
import { ExportRecallLotsHandler } from './export-recall-lots/export-recall-lots.handler';
import { ResolveLotController } from './resolve-lot/resolve-lot.controller';
import { ResolveUnitController } from './resolve-unit/resolve-unit.controller';
import { ResolveUnitHandler } from './resolve-unit/resolve-unit.handler';
import { ListRecallsController } from './list-recalls/list-recalls.controller';
import { ListRecallsHandler } from './list-recalls/list-recalls.handler';

/** Recalls: opening and listing them, their progress and affected units (a page at a time or as CSV), resolving units and lots, closing. */
@Module({
  imports: [SharedModule],
  controllers: [
    OpenRecallController,
    ListRecallsController,
    GetRecallController,
    ListRecallUnitsController,
    ExportRecallUnitsController,
    ResolveUnitController,
    CloseRecallController,
    ListRecallLotsController,
    ExportRecallLotsController,
    ResolveLotController,
  ],
  providers: [
    RecallUnits,
    RecallLots,
    ListRecallLotsHandler,
    ExportRecallLotsHandler,
    OpenRecallHandler,
    ListRecallsHandler,
    GetRecallHandler,
    ListRecallUnitsHandler,
    ExportRecallUnitsHandler,
    ResolveUnitHandler,
    CloseRecallHandler,
  ],
})
export class RecallsModule {}
