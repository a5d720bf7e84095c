import { applyDecorators, Post, Type } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation } from '@nestjs/swagger';
import { ApiErrors } from '@trace/http';
import { RequiresRole } from '../../access/route-access';
import { LotChangedResponse } from './lot-changed.response';

/** What every change of a lot's quantities is: a POST for operators, decided by the lot decider, answering the change. */
export const LotChangeRoute = (summary: string, refusals: string, response: Type = LotChangedResponse) =>
  applyDecorators(
    Post(),
    RequiresRole('operator'),
    ApiOperation({ summary }),
    ApiCreatedResponse({ type: response }),
    ApiErrors({
      400: true,
      404: 'No such lot (or shipment)',
      409: `Refused by a rule (\`details.rule\`): ${refusals}`,
      422: 'The Idempotency-Key was already used for another request',
    }),
  );
