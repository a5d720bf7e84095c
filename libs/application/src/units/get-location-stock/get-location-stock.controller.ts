import { Controller, Get, Param } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '@trace/http';
import { LocationParams } from '../../shared/validators';
import { GetLocationStockQuery } from './get-location-stock.query';
import { LocationStockResponse } from './get-location-stock.response';
import { AnyRole } from '../../access/route-access';

@ApiTags('locations')
@Controller('v1/locations/:location/stock')
export class GetLocationStockController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @AnyRole()
  @ApiOperation({ summary: 'How many units of each SKU are at a location' })
  @ApiOkResponse({ type: LocationStockResponse })
  @ApiErrors({ 400: true })
  stock(@Param() { location }: LocationParams): Promise<LocationStockResponse> {
    return this.queries.execute(new GetLocationStockQuery(location));
  }
}
