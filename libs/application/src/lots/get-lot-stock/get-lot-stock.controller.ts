import { Controller, Get, Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '@trace/http';
import { AnyRole } from '../../access/route-access';
import { requestedClock, TimeTravelParams } from '../../analytics/time-travel/time-travel.params';
import { LotParams } from '../../shared/validators';
import { GetLotStockQuery } from './get-lot-stock.query';
import { LotStockResponse } from './get-lot-stock.response';

@ApiTags('lots')
@Controller('v1/lots/:lotId/stock')
export class GetLotStockController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @AnyRole()
  @ApiOperation({
    summary:
      'Where every bit of a lot is: by location, in transit, with customers, consumed, disposed, lost (send X-Min-Position to read your writes); with asOf and/or knownAt, then',
  })
  @ApiOkResponse({ type: LotStockResponse })
  @ApiErrors({ 400: true, 404: 'No such lot (or not yet at that time)' })
  get(@Param() { lotId }: LotParams, @Query() at: TimeTravelParams): Promise<LotStockResponse> {
    return this.queries.execute(new GetLotStockQuery(lotId, requestedClock(at)));
  }
}
