import { Controller, Get, Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '@trace/http';
import { PageParams } from '../../shared/paging';
import { Page, PageOf } from '../../shared/responses';
import { UnitResponse } from '../../shared/unit-view';
import { LocationParams } from '../../shared/validators';
import { ListLocationUnitsQuery } from './list-location-units.query';
import { AnyRole } from '../../access/route-access';

@ApiTags('locations')
@Controller('v1/locations/:location/units')
export class ListLocationUnitsController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @AnyRole()
  @ApiOperation({ summary: 'Units at a location now, in pages' })
  @ApiOkResponse({ type: PageOf(UnitResponse) })
  @ApiErrors({ 400: true })
  list(@Param() { location }: LocationParams, @Query() { limit, cursor }: PageParams): Promise<Page<UnitResponse>> {
    return this.queries.execute(new ListLocationUnitsQuery(location, { limit, cursor }));
  }
}
