import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { ConfigError, createLogger, exitWithin, loadConfig } from '@trace/config';
import { startProjector } from './start-projector';

/** The projector alone: follows the event log and keeps the read models current, no HTTP. */
async function main(): Promise<void> {
  const config = loadConfig();
  const app = await startProjector(config, createLogger(config), { lowerPriority: true });
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
