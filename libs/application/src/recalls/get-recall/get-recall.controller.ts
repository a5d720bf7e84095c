import { Controller, Get, Param } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '@trace/http';
import { RecallParams } from '../recall-params';
import { GetRecallQuery } from './get-recall.query';
import { RecallResponse } from './get-recall.response';
import { AnyRole } from '../../access/route-access';

@ApiTags('recalls')
@Controller('v1/recalls/:recallId')
export class GetRecallController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @AnyRole()
  @ApiOperation({ summary: 'A recall and its progress: affected, quarantined, outstanding, resolved; by action, status, location, custodian, customer' })
  @ApiOkResponse({ type: RecallResponse })
  @ApiErrors({ 400: true, 404: 'No such recall' })
  get(@Param() { recallId }: RecallParams): Promise<RecallResponse> {
    return this.queries.execute(new GetRecallQuery(recallId));
  }
}
