import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { SwaggerModule } from '@nestjs/swagger';
import { AppConfig, AppLogger, createLogger, NestLogger } from '@trace/config';
import { apiDocument, ErrorFilter, GracefulDrain, limitCommands, logRequests, requestBody, validationPipe } from '@trace/http';
import { ApiOptions, AppModule } from './app.module';

/** The HTTP API, configured exactly as `npm start` runs it; e2e tests boot it the same way (and may catch its log). */
export async function createApi(config: AppConfig, options: ApiOptions, logger: AppLogger = createLogger(config)): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, options), {
    bodyParser: false,
    logger: new NestLogger(logger),
  });
  limitCommands(app.getHttpServer(), config.maxPendingCommands);
  // After the limit, so that it sits in front of it: refusals are logged too.
  logRequests(app.getHttpServer(), logger);
  app.use(app.get(GracefulDrain).middleware, ...requestBody());
  app.useGlobalPipes(validationPipe());
  app.useGlobalFilters(new ErrorFilter());
  app.enableShutdownHooks();
  SwaggerModule.setup('docs', app, apiDocument(app));
  return app;
}
