import { Module } from '@nestjs/common';
import { APP_CONFIG, AppConfig, CLOCK, Clock, READ_MODELS_CHECKPOINT } from '@trace/config';
import { EVENT_STORE, EventStore } from '@trace/event-store';
import { FollowerLifecycle } from '@trace/projector';
import { READ_STORE, ReadStore } from '@trace/read-store';
import { RecallReactor } from './recall-reactor';

export const RECALL_REACTOR_CHECKPOINT = 'recall-reactor';

/** Runs the recall reactor wherever the projector runs (it reads the lineage the projector builds). */
@Module({
  providers: [
    {
      provide: RecallReactor,
      inject: [EVENT_STORE, READ_STORE, APP_CONFIG, CLOCK],
      useFactory: (events: EventStore, reads: ReadStore, config: AppConfig, clock: Clock) =>
        new RecallReactor(events, reads, {
          name: RECALL_REACTOR_CHECKPOINT,
          batchSize: config.projectorBatchSize,
          heartbeatMs: config.heartbeatMs,
          readModels: READ_MODELS_CHECKPOINT,
          clock,
        }),
    },
    { provide: FollowerLifecycle, inject: [RecallReactor], useFactory: (reactor: RecallReactor) => new FollowerLifecycle(reactor) },
  ],
  exports: [RecallReactor],
})
export class RecallReactorModule {}
