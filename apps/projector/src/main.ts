import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ConfigError, exitWithin, loadConfig, logLevels } from '@trace/config';
import { ProjectorAppModule } from './projector-app.module';

/** The projector alone: follows the event log and keeps the read models current, no HTTP. */
async function main(): Promise<void> {
  const config = loadConfig();
  const app = await NestFactory.createApplicationContext(ProjectorAppModule.forRoot(config), {
    logger: logLevels(config.logLevel),
  });
  app.enableShutdownHooks();
  exitWithin();
  new Logger('Projector').log('following the event log');
}

main().catch((error) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
