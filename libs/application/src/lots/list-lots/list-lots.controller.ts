import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '@trace/http';
import { AnyRole } from '../../access/route-access';
import { requestedClock } from '../../analytics/time-travel/time-travel.params';
import { Page, PageOf } from '../../shared/responses';
import { LotResponse } from '../get-lot/get-lot.response';
import { ListLotsQuery } from './list-lots.query';
import { ListLotsRequest } from './list-lots.request';

@ApiTags('lots')
@Controller('v1/lots')
export class ListLotsController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @AnyRole()
  @ApiOperation({
    summary:
      'Lots by SKU, site and production date, by lotId; with expiringBefore, soonest expiry first; in pages; with asOf and/or knownAt, those that existed then with their units counted as they were',
  })
  @ApiOkResponse({ type: PageOf(LotResponse), description: 'A page of lots; by a clock a page may hold fewer than limit lots' })
  @ApiErrors({ 400: true })
  list(@Query() request: ListLotsRequest): Promise<Page<LotResponse>> {
    const { asOf: _asOf, knownAt: _knownAt, ...filter } = request;
    return this.queries.execute(new ListLotsQuery(filter, requestedClock(request)));
  }
}
