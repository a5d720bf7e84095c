import { DynamicModule, INestApplicationContext, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ANALYTICS_SERVICES, KEY_SERVICES } from '@trace/application';
import { AppConfig, ConfigError, createLogger, loadConfig, NestLogger } from '@trace/config';
import { StoresModule } from '@trace/composition';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { CliIo, UsageError } from './io';

/**
 * The service's own configuration and store selection, with the analysts' and the key services and no HTTP: the
 * services alone, not the modules, whose controllers and handlers serve the HTTP API.
 */
@Module({})
class CliModule {
  static forRoot(config: AppConfig): DynamicModule {
    return { module: CliModule, imports: [StoresModule.forRoot(config)], providers: [...ANALYTICS_SERVICES, ...KEY_SERVICES] };
  }
}

/** The CLI reports what it does itself: store logs only show from LOG_LEVEL=debug on. */
const cliLogLevel = (level: AppConfig['logLevel']): AppConfig['logLevel'] => (level === 'debug' || level === 'verbose' ? level : 'warn');

function configFrom(io: CliIo): AppConfig {
  try {
    return loadConfig(io.env);
  } catch (error) {
    if (error instanceof ConfigError) throw new UsageError(error.message);
    throw error;
  }
}

/**
 * The CLI reads what a service wrote: an embedded log that does not exist means DATA_DIR points elsewhere, and
 * opening it would create an empty store and report 0 events as if that were the answer.
 */
function assertEmbeddedLogExists(config: AppConfig): void {
  if (config.eventStoreConnectionString) return;
  const file = join(config.dataDir, 'events.sqlite');
  if (!existsSync(file))
    throw new UsageError(`no event log at ${file}: set DATA_DIR to the data directory of the service (or EVENTSTORE_CONNECTION_STRING for EventStoreDB)`);
}

/** Opens the stores as the service does, runs `work`, and closes them whatever happens. */
export async function withStores<T>(io: CliIo, work: (app: INestApplicationContext) => Promise<T>): Promise<T> {
  const config = configFrom(io);
  assertEmbeddedLogExists(config);
  // Logs go to stderr, so stdout carries only the command's output (an export, a JSON result).
  const logger = new NestLogger(createLogger({ logLevel: cliLogLevel(config.logLevel), logFormat: config.logFormat }, io.stderr));
  const app = await NestFactory.createApplicationContext(CliModule.forRoot(config), { logger, abortOnError: false });
  try {
    return await work(app);
  } finally {
    await app.close();
  }
}
