import { Controller, Get, Param } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { LocationParams } from '../../shared/validators';
import { GetLocationStockQuery, LocationStock } from './get-location-stock.query';

@ApiTags('locations')
@Controller('v1/locations/:location/stock')
export class GetLocationStockController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @ApiOperation({ summary: 'How many units of each SKU are at a location' })
  @ApiOkResponse({ description: '{location, total, bySku: [{sku, count}]}' })
  stock(@Param() { location }: LocationParams): Promise<LocationStock> {
    return this.queries.execute(new GetLocationStockQuery(location));
  }
}
