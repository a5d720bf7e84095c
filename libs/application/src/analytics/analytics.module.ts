import { Module } from '@nestjs/common';
import { EventExport } from './export/event-export';
import { GetClaimRatesController } from './get-claim-rates/get-claim-rates.controller';
import { GetClaimRatesHandler } from './get-claim-rates/get-claim-rates.handler';
import { GetProjectionsController } from './get-projections/get-projections.controller';
import { GetProjectionsHandler } from './get-projections/get-projections.handler';
import { EventHistory } from './history/event-history';
import { ReadModelReplay } from './replay/read-model-replay';
import { AnalystProjectionRunner } from './run-projection/analyst-projection';
import { EventStats } from './stats/event-stats';
import { ProjectionStatuses } from './stats/projection-status';
import { GetUnitAtHandler } from './time-travel/get-unit-at/get-unit-at.handler';
import { ListLotUnitsAtHandler } from './time-travel/list-lot-units-at/list-lot-units-at.handler';
import { ListUnitsAtHandler } from './time-travel/list-units-at/list-units-at.handler';
import { TimeTravel } from './time-travel/time-travel';

/**
 * What analysts use, over the HTTP API and the CLI alike; they need nothing but the stores (the global
 * StoresModule). The CLI provides them itself: it has no HTTP, so it takes no controllers.
 */
export const ANALYTICS_SERVICES = [EventHistory, TimeTravel, EventExport, ReadModelReplay, AnalystProjectionRunner, EventStats, ProjectionStatuses];

/**
 * Analytics: projection status at `GET /v1/projections`, warranty claim rates by lot at `GET /v1/analytics/claim-rates`,
 * and time travel, which the unit and lot-units routes dispatch to the handlers here when asked `asOf`/`knownAt`; the
 * services are exported for other contexts.
 */
@Module({
  controllers: [GetProjectionsController, GetClaimRatesController],
  providers: [...ANALYTICS_SERVICES, GetProjectionsHandler, GetClaimRatesHandler, GetUnitAtHandler, ListLotUnitsAtHandler, ListUnitsAtHandler],
  exports: ANALYTICS_SERVICES,
})
export class AnalyticsModule {}
