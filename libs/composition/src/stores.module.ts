import { DynamicModule, Global, Inject, Logger, Module, OnApplicationShutdown } from '@nestjs/common';
import { DOMAIN_STREAM_PREFIXES } from '@trace/domain';
import { EVENT_STAGING, EVENT_STORE, EventStore } from '@trace/event-store';
import { StagingEventStore } from '@trace/event-store/staging/staging-event-store';
import { EventStoreDbEventStore } from '@trace/event-store/eventstoredb';
import { SqliteEventStore } from '@trace/event-store/sqlite';
import { ALL_PROJECTIONS } from '@trace/projections';
import { READ_MODEL_GENERATIONS, READ_STORE, ReadModelGenerations, ReadStore, StoreUnavailable } from '@trace/read-store';
import { MongoReadStore } from '@trace/read-store/mongodb';
import { SqliteReadStore, SqliteStoreFiles } from '@trace/read-store/sqlite';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { APP_CONFIG, AppConfig, CLOCK, Clock, READ_MODELS_CHECKPOINT, redactCredentials } from '@trace/config';

const logger = new Logger('Stores');

/** The event log: EventStoreDB when EVENTSTORE_CONNECTION_STRING is set, otherwise the embedded SQLite file. */
function selectEventStore(config: AppConfig, clock: Clock): EventStore {
  if (config.eventStoreConnectionString) {
    logger.log(`event store: EventStoreDB at ${redactCredentials(config.eventStoreConnectionString)}`);
    return new EventStoreDbEventStore({ connectionString: config.eventStoreConnectionString, streamPrefixes: DOMAIN_STREAM_PREFIXES });
  }
  mkdirSync(config.dataDir, { recursive: true });
  const file = join(config.dataDir, 'events.sqlite');
  logger.log(`event store: embedded SQLite at ${file} (synchronous=${config.eventStoreSynchronous})`);
  return new SqliteEventStore({ file, synchronous: config.eventStoreSynchronous, clock, pollIntervalMs: config.eventLogPollMs });
}

/**
 * The read models: MongoDB when MONGODB_URI is set, otherwise embedded SQLite files, where `read-models.sqlite`
 * says which `read-models.gN.sqlite` holds the current generation.
 */
function selectReadModelGenerations(config: AppConfig): ReadModelGenerations {
  if (config.mongodbUri) {
    logger.log(`read store: MongoDB at ${redactCredentials(config.mongodbUri)}, database ${config.mongodbDb}`);
    return new ReadModelGenerations(new MongoReadStore({ uri: config.mongodbUri, database: config.mongodbDb }), READ_MODELS_CHECKPOINT);
  }
  mkdirSync(config.dataDir, { recursive: true });
  const file = join(config.dataDir, 'read-models.sqlite');
  logger.log(`read store: embedded SQLite at ${file} and the generation files beside it`);
  const options = { writerThread: true };
  const separate = new SqliteStoreFiles(config.dataDir, 'read-models', options);
  return new ReadModelGenerations(new SqliteReadStore({ file, ...options }), READ_MODELS_CHECKPOINT, separate);
}

/** Closes the stores when the application shuts down: SQLite checkpoints its WAL, network clients hang up. */
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
          // Every writer goes through staging, so a capture can run the ordinary handlers and land all or nothing.
          provide: EVENT_STORE,
          useFactory: (): EventStore => new StagingEventStore(selectEventStore(config, clock)),
        },
        { provide: EVENT_STAGING, useExisting: EVENT_STORE },
        {
          provide: READ_MODEL_GENERATIONS,
          useFactory: (): ReadModelGenerations => selectReadModelGenerations(config),
        },
        {
          // Everyone reads and projects through the current generation, so a replay's switch reaches them all at once.
          provide: READ_STORE,
          inject: [READ_MODEL_GENERATIONS],
          useFactory: async (generations: ReadModelGenerations): Promise<ReadStore> => {
            const store = generations.current();
            // Queries may run before any projector did: the tables must exist either way.
            try {
              await store.register(ALL_PROJECTIONS.flatMap((projection) => projection.models));
            } catch (error) {
              if (!(error instanceof StoreUnavailable)) throw error;
              // The API stays up, answering 503 for what needs the store; what is missing is created once it is back.
              logger.warn(`${error.message}; starting without it, what needs it fails with 503 until it is back`);
            }
            return store;
          },
        },
        StoreCloser,
      ],
      exports: [APP_CONFIG, CLOCK, EVENT_STORE, EVENT_STAGING, READ_STORE, READ_MODEL_GENERATIONS],
    };
  }
}
