import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppConfig, AppLogger, NestLogger } from '@trace/config';
import { lowerPriority } from './process-priority';
import { ProjectorAppModule } from './projector-app.module';

/**
 * The projector's application context: read models, the recall reactor, EPCIS deliveries. It first lowers the CPU
 * priority of the calling thread (on Linux a thread's own; elsewhere the process's, so only a process of its own may).
 */
export async function startProjector(config: AppConfig, logger: AppLogger, options: { lowerPriority: boolean }): Promise<INestApplicationContext> {
  if (options.lowerPriority) lowerPriority(config.projectorNice, (message) => logger.warn({ context: 'Projector' }, message));
  return NestFactory.createApplicationContext(ProjectorAppModule.forRoot(config), { logger: new NestLogger(logger) });
}
