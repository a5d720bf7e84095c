import { Module } from '@nestjs/common';
import { AnalyticsModule } from './analytics.module';
import { GetProjectionsController } from './get-projections/get-projections.controller';
import { GetProjectionsHandler } from './get-projections/get-projections.handler';
import { GetUnitAtHandler } from './time-travel/get-unit-at/get-unit-at.handler';
import { ListLotUnitsAtHandler } from './time-travel/list-lot-units-at/list-lot-units-at.handler';

/**
 * The analysts' HTTP routes: projection status here; `asOf`/`knownAt` on the unit and lot-units routes are
 * dispatched by those routes' controllers to the handlers registered here.
 */
@Module({
  imports: [AnalyticsModule],
  controllers: [GetProjectionsController],
  providers: [GetProjectionsHandler, GetUnitAtHandler, ListLotUnitsAtHandler],
})
export class AnalyticsHttpModule {}
