import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { ConfigError, exitWithin, loadConfig } from '@trace/config';
import { AddressInfo, Server } from 'node:net';
import { createApi } from './create-api';

async function main(): Promise<void> {
  const config = loadConfig();
  const withProjector = process.argv.includes('--with-projector') ? 'thread' : false;
  const app = await createApi(config, { withProjector });
  await app.listen(config.port, config.host);
  exitWithin();
  const { port } = (app.getHttpServer() as Server).address() as AddressInfo;
  const logger = new Logger('Api');
  logger.log(`listening on http://${config.host}:${port} (OpenAPI at /docs)${withProjector ? ', projector running in a thread of this process' : ''}`);
}

main().catch((error) => {
  // A bad configuration is told before any logger exists, as plain text (LOG_FORMAT itself may be what is wrong).
  if (error instanceof ConfigError) {
    console.error(error.message);
  } else {
    new Logger('Api').fatal(error);
  }
  process.exit(1);
});
