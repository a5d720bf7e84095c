import { Controller, Get, Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '@trace/http';
import { AnyRole } from '../../access/route-access';
import { requestedClock, TimeTravelParams } from '../../analytics/time-travel/time-travel.params';
import { LotParams } from '../../shared/validators';
import { GetLotGenealogyQuery } from './get-lot-genealogy.query';
import { LotGenealogyResponse } from './get-lot-genealogy.response';

@ApiTags('lots')
@Controller('v1/lots/:lotId/genealogy')
export class GetLotGenealogyController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @AnyRole()
  @ApiOperation({
    summary:
      'The lots a lot was made from, and the lots and units made from it, at any depth, with the quantity of each link; with asOf and/or knownAt, as it was then',
  })
  @ApiOkResponse({ type: LotGenealogyResponse })
  @ApiErrors({ 400: true, 404: 'No such lot (or not yet at that time)' })
  get(@Param() { lotId }: LotParams, @Query() at: TimeTravelParams): Promise<LotGenealogyResponse> {
    return this.queries.execute(new GetLotGenealogyQuery(lotId, requestedClock(at)));
  }
}
