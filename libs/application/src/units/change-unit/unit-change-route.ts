import { applyDecorators, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation } from '@nestjs/swagger';
import { ApiErrors } from '@trace/http';
import { RequiresRole } from '../../access/route-access';
import { ChangedResponse } from '../../shared/responses';

/** What every route of a unit's life is: a POST for operators, decided by the unit's state machine, answering the change. */
export const UnitChangeRoute = (summary: string) =>
  applyDecorators(
    Post(),
    RequiresRole('operator'),
    ApiOperation({ summary }),
    ApiCreatedResponse({ type: ChangedResponse }),
    ApiErrors({
      400: true,
      404: 'No such unit',
      409: 'The state machine refuses the command; `details.rule` names the rule',
      422: 'The Idempotency-Key was already used for another request',
    }),
  );
