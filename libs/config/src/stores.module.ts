import { DynamicModule, Global, Inject, Logger, Module, OnApplicationShutdown } from '@nestjs/common';
import { EVENT_STORE, EventStore } from '@trace/event-store';
import { SqliteEventStore } from '@trace/event-store/sqlite';
import { ALL_PROJECTIONS } from '@trace/projections';
import { READ_STORE, ReadStore } from '@trace/read-store';
import { SqliteReadStore } from '@trace/read-store/sqlite';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { AppConfig } from './config';
import { APP_CONFIG, CLOCK, Clock } from './tokens';

/** Closes the stores when the application shuts down, so SQLite checkpoints its WAL cleanly. */
class StoreCloser implements OnApplicationShutdown {
  constructor(
    @Inject(EVENT_STORE) private readonly events: EventStore,
    @Inject(READ_STORE) private readonly reads: ReadStore,
  ) {}

  async onApplicationShutdown(): Promise<void> {
    await Promise.all([this.events.close(), this.reads.close()]);
  }
}

/** Composition root of the stores: binds the ports to the adapters the configuration selects. */
@Global()
@Module({})
export class StoresModule {
  static forRoot(config: AppConfig, clock: Clock = () => new Date()): DynamicModule {
    return {
      module: StoresModule,
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: CLOCK, useValue: clock },
        {
          provide: EVENT_STORE,
          useFactory: (): EventStore => {
            mkdirSync(config.dataDir, { recursive: true });
            const file = join(config.dataDir, 'events.sqlite');
            new Logger('Stores').log(`event store: embedded SQLite at ${file} (synchronous=${config.eventStoreSynchronous})`);
            return new SqliteEventStore({ file, synchronous: config.eventStoreSynchronous, clock });
          },
        },
        {
          provide: READ_STORE,
          useFactory: async (): Promise<ReadStore> => {
            mkdirSync(config.dataDir, { recursive: true });
            const file = join(config.dataDir, 'read-models.sqlite');
            new Logger('Stores').log(`read store: embedded SQLite at ${file}`);
            const store = new SqliteReadStore({ file });
            // Queries may run before any projector did: the tables must exist either way.
            await store.register(ALL_PROJECTIONS.flatMap((projection) => projection.models));
            return store;
          },
        },
        StoreCloser,
      ],
      exports: [APP_CONFIG, CLOCK, EVENT_STORE, READ_STORE],
    };
  }
}
