import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { AppConfig } from '@trace/config';
import { ErrorFilter, GracefulDrain, limitCommands, requestBody, validationPipe } from '@trace/http';
import { AppLogger, createLogger, NestLogger } from '@trace/config';
import { logRequests } from '@trace/http';
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
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Traceability API')
      .setDescription(
        'Serials, lots and their whole life as immutable events. Commands answer a `position`; send it back as `X-Min-Position` to read your writes.',
      )
      .setVersion('1')
      .build(),
  );
  SwaggerModule.setup('docs', app, document);
  return app;
}
