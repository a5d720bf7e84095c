import { INestApplication } from '@nestjs/common';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { errorMeaning, ErrorResponse, ErrorStatus, FieldProblemResponse, RuleResponse } from './error-response';

type Operation = NonNullable<OpenAPIObject['paths'][string]['get']>;

const errorAnswer = (status: ErrorStatus) => ({
  description: errorMeaning(status),
  content: { 'application/json': { schema: { $ref: '#/components/schemas/ErrorResponse' } } },
});

/** Answers any route can give whatever it does: a store out, overload; and for a body, its size, type and shape. */
function withCommonErrors(operation: Operation): void {
  const statuses: ErrorStatus[] = operation.requestBody ? [400, 413, 415, 503] : [503];
  for (const status of statuses) operation.responses[status] ??= errorAnswer(status);
}

/** The OpenAPI document of the API: every route's answers, errors included, described by schemas. */
export function apiDocument(app: INestApplication): OpenAPIObject {
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Traceability API')
      .setDescription(
        'Serials, lots and their whole life as immutable events. Commands answer a `position`; send it back as `X-Min-Position` to read your writes.',
      )
      .setVersion('1')
      .build(),
    { extraModels: [ErrorResponse, FieldProblemResponse, RuleResponse] },
  );
  for (const path of Object.values(document.paths)) {
    for (const operation of [path.get, path.put, path.post, path.delete, path.patch]) if (operation) withCommonErrors(operation);
  }
  return document;
}
