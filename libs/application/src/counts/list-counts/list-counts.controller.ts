import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '@trace/http';
import { AnyRole } from '../../access/route-access';
import { Page, PageOf } from '../../shared/responses';
import { ListCountsQuery } from './list-counts.query';
import { ListCountsRequest } from './list-counts.request';
import { CountSummaryResponse } from './list-counts.response';

@ApiTags('counts')
@Controller('v1/counts')
export class ListCountsController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @AnyRole()
  @ApiOperation({ summary: 'Counts, newest first: by location, state, a unit they counted, when they were opened; in pages' })
  @ApiOkResponse({ type: PageOf(CountSummaryResponse) })
  @ApiErrors({ 400: true })
  list(@Query() filter: ListCountsRequest): Promise<Page<CountSummaryResponse>> {
    return this.queries.execute(new ListCountsQuery(filter));
  }
}
