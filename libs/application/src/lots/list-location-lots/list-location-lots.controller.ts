import { Controller, Get, Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '@trace/http';
import { AnyRole } from '../../access/route-access';
import { requestedClock } from '../../analytics/time-travel/time-travel.params';
import { Page, PageOf } from '../../shared/responses';
import { LocationParams } from '../../shared/validators';
import { ListLocationLotsQuery } from './list-location-lots.query';
import { ListLocationLotsRequest } from './list-location-lots.request';
import { LocationLotResponse } from './list-location-lots.response';

@ApiTags('lots')
@Controller('v1/locations/:location/lots')
export class ListLocationLotsController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @AnyRole()
  @ApiOperation({ summary: 'Lots with stock at a location, soonest expiry first (FEFO), lots without expiry last; with asOf and/or knownAt, those there then' })
  @ApiOkResponse({ type: PageOf(LocationLotResponse) })
  @ApiErrors({ 400: true })
  list(@Param() { location }: LocationParams, @Query() query: ListLocationLotsRequest): Promise<Page<LocationLotResponse>> {
    const { asOf, knownAt, ...filter } = query;
    return this.queries.execute(new ListLocationLotsQuery(location, filter, requestedClock({ asOf, knownAt })));
  }
}
