import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ConfigError, createLogger, exitWithin, loadConfig, NestLogger } from '@trace/config';
import { lowerPriority } from './process-priority';
import { ProjectorAppModule } from './projector-app.module';

/** The projector alone: follows the event log and keeps the read models current, no HTTP. */
async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config);
  lowerPriority(config.projectorNice, (message) => logger.warn({ context: 'Projector' }, message));
  const app = await NestFactory.createApplicationContext(ProjectorAppModule.forRoot(config), {
    logger: new NestLogger(logger),
  });
  app.enableShutdownHooks();
  exitWithin();
  new Logger('Projector').log('following the event log');
}

main().catch((error) => {
  // A bad configuration is told before any logger exists, as plain text (LOG_FORMAT itself may be what is wrong).
  if (error instanceof ConfigError) console.error(error.message);
  else new Logger('Projector').fatal(error);
  process.exit(1);
});
