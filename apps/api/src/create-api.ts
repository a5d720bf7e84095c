import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { Authentication } from '@trace/application';
import helmet from 'helmet';
import { SwaggerModule } from '@nestjs/swagger';
import { AppConfig, AppLogger, createLogger, NestLogger } from '@trace/config';
import { apiDocument, ErrorFilter, GracefulDrain, limitCommands, logRequests, requestBody, validationPipe } from '@trace/http';
import { ApiOptions, AppModule } from './app.module';

/** helmet's defaults, with what the OpenAPI pages at /docs need: their own scripts, inline styles, data: images. */
const SECURITY_HEADERS = {
  contentSecurityPolicy: { directives: { 'script-src': ["'self'"], 'style-src': ["'self'", "'unsafe-inline'"], 'img-src': ["'self'", 'data:'] } },
};

/** The HTTP API, configured exactly as `npm start` runs it; e2e tests boot it the same way (and may catch its log). */
export async function createApi(config: AppConfig, options: ApiOptions, logger: AppLogger = createLogger(config)): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, options), {
    bodyParser: false,
    logger: new NestLogger(logger),
  });
  limitCommands(app.getHttpServer(), config.maxPendingCommands);
  // After the limit, so that it sits in front of it: refusals are logged too.
  logRequests(app.getHttpServer(), logger);
  // Authentication before anything reads the request (its body, its route): unauthenticated is 401 whatever it sent.
  app.use(helmet(SECURITY_HEADERS), app.get(GracefulDrain).middleware, app.get(Authentication).middleware, ...requestBody());
  app.useGlobalPipes(validationPipe());
  app.useGlobalFilters(new ErrorFilter());
  app.enableShutdownHooks();
  if (config.docs) SwaggerModule.setup('docs', app, apiDocument(app));
  return app;
}
