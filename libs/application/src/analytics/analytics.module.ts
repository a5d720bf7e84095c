import { Module } from '@nestjs/common';
import { EventExport } from './export/event-export';
import { EventHistory } from './history/event-history';
import { ReadModelReplay } from './replay/read-model-replay';
import { AnalystProjectionRunner } from './run-projection/analyst-projection';
import { EventStats } from './stats/event-stats';
import { ProjectionStatuses } from './stats/projection-status';
import { TimeTravel } from './time-travel/time-travel';

const SERVICES = [EventHistory, TimeTravel, EventExport, ReadModelReplay, AnalystProjectionRunner, EventStats, ProjectionStatuses];

/** What analysts use, over the HTTP API and the CLI alike; the stores come from the global StoresModule. */
@Module({ providers: SERVICES, exports: SERVICES })
export class AnalyticsModule {}
