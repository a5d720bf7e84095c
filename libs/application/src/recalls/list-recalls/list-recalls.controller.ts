import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '@trace/http';
import { AnyRole } from '../../access/route-access';
import { Page, PageOf } from '../../shared/responses';
import { ListRecallsQuery } from './list-recalls.query';
import { ListRecallsRequest } from './list-recalls.request';
import { RecallSummaryResponse } from './list-recalls.response';

@ApiTags('recalls')
@Controller('v1/recalls')
export class ListRecallsController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @AnyRole()
  @ApiOperation({ summary: 'Recalls, newest first: open or closed, holding a lot, opened in a period; in pages' })
  @ApiOkResponse({ type: PageOf(RecallSummaryResponse) })
  @ApiErrors({ 400: true })
  list(@Query() filter: ListRecallsRequest): Promise<Page<RecallSummaryResponse>> {
    return this.queries.execute(new ListRecallsQuery(filter));
  }
}
