import { Controller, Get, Param } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RecallParams } from '../recall-params';
import { RecallProgress } from './get-recall.handler';
import { GetRecallQuery } from './get-recall.query';

@ApiTags('recalls')
@Controller('v1/recalls/:recallId')
export class GetRecallController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @ApiOperation({ summary: 'A recall and its progress: affected, quarantined, outstanding, resolved; by action, status, location, custodian, customer' })
  @ApiOkResponse({ description: '{recallId, lotIds, units, reason, severity, recalledAt, state, affected, quarantined, outstanding, resolved, by…}' })
  @ApiNotFoundResponse()
  get(@Param() { recallId }: RecallParams): Promise<RecallProgress> {
    return this.queries.execute(new GetRecallQuery(recallId));
  }
}
