import { Module } from '@nestjs/common';
import { APP_CONFIG, AppConfig, READ_MODELS_CHECKPOINT } from '@trace/config';
import { EVENT_STORE, EventStore } from '@trace/event-store';
import { ALL_PROJECTIONS } from '@trace/projections';
import { READ_STORE, ReadStore } from '@trace/read-store';
import { FollowerLifecycle } from './follower-lifecycle';
import { Projector } from './projector';

@Module({
  providers: [
    {
      provide: Projector,
      inject: [EVENT_STORE, READ_STORE, APP_CONFIG],
      useFactory: (events: EventStore, reads: ReadStore, config: AppConfig) =>
        new Projector(events, reads, ALL_PROJECTIONS, { name: READ_MODELS_CHECKPOINT, batchSize: config.projectorBatchSize, heartbeatMs: config.heartbeatMs }),
    },
    { provide: FollowerLifecycle, inject: [Projector], useFactory: (projector: Projector) => new FollowerLifecycle(projector) },
  ],
  exports: [Projector],
})
export class ProjectorModule {}
