import { applyDecorators, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation } from '@nestjs/swagger';
import { ApiErrors } from '@trace/http';
import { RequiresRole } from '../access/route-access';

/** What every warranty write is: a POST for operators, decided on the unit's history, answering where it landed. */
export const WarrantyRoute = (summary: string, type: object, errors: { 404: string; 409: string }) =>
  applyDecorators(
    Post(),
    RequiresRole('operator'),
    ApiOperation({ summary }),
    ApiCreatedResponse({ type: type as never }),
    ApiErrors({ 400: true, ...errors, 422: 'The Idempotency-Key was already used for another request' }),
  );
