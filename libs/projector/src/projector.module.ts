import { BeforeApplicationShutdown, Module, OnApplicationBootstrap } from '@nestjs/common';
import { APP_CONFIG, AppConfig, READ_MODELS_CHECKPOINT } from '@trace/config';
import { EVENT_STORE, EventStore } from '@trace/event-store';
import { ALL_PROJECTIONS } from '@trace/projections';
import { READ_STORE, ReadStore } from '@trace/read-store';
import { Projector } from './projector';

/** Starts the read-model projector with the application and stops it before the stores close. */
class ProjectorLifecycle implements OnApplicationBootstrap, BeforeApplicationShutdown {
  constructor(private readonly projector: Projector) {}

  onApplicationBootstrap(): Promise<void> {
    return this.projector.start();
  }

  // Before, not on, shutdown: the stores close on shutdown and the last batch must land first.
  beforeApplicationShutdown(): Promise<void> {
    return this.projector.stop();
  }
}

@Module({
  providers: [
    {
      provide: Projector,
      inject: [EVENT_STORE, READ_STORE, APP_CONFIG],
      useFactory: (events: EventStore, reads: ReadStore, config: AppConfig) =>
        new Projector(events, reads, ALL_PROJECTIONS, { name: READ_MODELS_CHECKPOINT, batchSize: config.projectorBatchSize }),
    },
    { provide: ProjectorLifecycle, inject: [Projector], useFactory: (projector: Projector) => new ProjectorLifecycle(projector) },
  ],
  exports: [Projector],
})
export class ProjectorModule {}
