import { applyDecorators } from '@nestjs/common';
import { ApiExtraModels, ApiProperty, ApiPropertyOptional, ApiResponse, getSchemaPath } from '@nestjs/swagger';

export class FieldProblemResponse {
  @ApiProperty({ example: 'occurredAt' })
  field: string;

  @ApiProperty({ example: 'occurredAt is not a date or a date-time with a time zone' })
  message: string;
}

export class RuleResponse {
  @ApiProperty({ description: 'Stable name of the rule that refused the command, to branch on', example: 'receive-before-use' })
  rule: string;
}

export class RoleResponse {
  @ApiProperty({ description: 'The role the route needs (admin may do everything)', example: 'recall-coordinator' })
  role: string;
}

/** The body of every error answer. */
export class ErrorResponse {
  @ApiProperty({ example: 409 })
  statusCode: number;

  @ApiProperty({ example: 'Conflict' })
  error: string;

  @ApiProperty({ example: 'unit PUMP-200/SN-1 is in transit to DC-EAST: record its receipt before selling it' })
  message: string;

  @ApiPropertyOptional({
    description: 'Which fields are wrong (400, 422), which rule refused (409), or which role is needed (403)',
    oneOf: [
      { type: 'array', items: { $ref: getSchemaPath(FieldProblemResponse) } },
      { $ref: getSchemaPath(RuleResponse) },
      { $ref: getSchemaPath(RoleResponse) },
    ],
  })
  details?: FieldProblemResponse[] | RuleResponse | RoleResponse;
}

/** The statuses a route may answer with an ErrorResponse, and what each means unless the route says more. */
const ERRORS = {
  400: 'The request is malformed: `details` names each field and what is wrong with it; nothing was recorded',
  401: 'No credentials, or a key or token that is unknown, revoked, expired or not valid (`WWW-Authenticate: Bearer`)',
  403: 'The key or token lacks the role this route needs: `details.role` and the message name it',
  404: 'Nothing is recorded under that identity',
  409: 'Refused: `details.rule` names the rule, or concurrent writers kept changing what the command read; nothing was recorded',
  413: 'The body is larger than the service accepts',
  415: 'The body is not JSON',
  429: 'Too many requests from this principal (or failed authentications from this address); retry after `Retry-After` seconds',
  422: 'The request refers to something missing or unusable (or reuses an Idempotency-Key for another request): `details` names the field; nothing was recorded',
  503: 'A store is unreachable or full, or the service is overloaded; retry after `Retry-After` seconds',
} as const;

export type ErrorStatus = keyof typeof ERRORS;

/** Documents the error answers a route gives, each with the ErrorResponse schema; a description refines the default. */
export function ApiErrors(errors: Partial<Record<ErrorStatus, string | true>>): MethodDecorator & ClassDecorator {
  const responses = Object.entries(errors).map(([status, description]) =>
    ApiResponse({ status: Number(status), type: ErrorResponse, description: description === true ? ERRORS[Number(status) as ErrorStatus] : description }),
  );
  return applyDecorators(ApiExtraModels(ErrorResponse, FieldProblemResponse, RuleResponse, RoleResponse), ...responses);
}

/** The default text of an error status, for documents that add answers every route can give. */
export const errorMeaning = (status: ErrorStatus): string => ERRORS[status];
