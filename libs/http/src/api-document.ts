import { INestApplication } from '@nestjs/common';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { errorMeaning, ErrorResponse, ErrorStatus, FieldProblemResponse, RoleResponse, RuleResponse } from './error-response';

type Operation = NonNullable<OpenAPIObject['paths'][string]['get']>;

const errorAnswer = (status: ErrorStatus) => ({
  description: errorMeaning(status),
  content: { 'application/json': { schema: { $ref: '#/components/schemas/ErrorResponse' } } },
});

/**
 * Answers any route can give whatever it does: a store out, overload; for a body, its size, type and shape; for a
 * command, writers racing past the retries (409) and an Idempotency-Key reused for another request (422).
 */
function withCommonErrors(operation: Operation, command: boolean): void {
  const statuses: ErrorStatus[] = [503];
  if (operation.requestBody) statuses.push(400, 413, 415);
  if (command) statuses.push(409, 422);
  for (const status of statuses) operation.responses[status] ??= errorAnswer(status);
}

/** The OpenAPI document of the API: every route's answers, errors included, described by schemas. */
export function apiDocument(app: INestApplication): OpenAPIObject {
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Traceability API')
      .setDescription(
        'Serials, lots and their whole life as immutable events. Commands answer a `position`; send it back as `X-Min-Position` to read your writes. ' +
          'Every route but /health needs `Authorization: Bearer <API key or JWT>`; `x-required-role` says which role a route needs (`admin` may do everything, every role may read).',
      )
      .setVersion('1')
      .addBearerAuth({ type: 'http', scheme: 'bearer', description: 'An API key (`trk_…`) or a JWT from the configured identity provider' })
      .build(),
    { extraModels: [ErrorResponse, FieldProblemResponse, RuleResponse, RoleResponse] },
  );
  for (const path of Object.values(document.paths)) {
    for (const operation of [path.get, path.options]) if (operation) withCommonErrors(operation, false);
    for (const operation of [path.put, path.post, path.delete, path.patch]) if (operation) withCommonErrors(operation, true);
  }
  return document;
}
