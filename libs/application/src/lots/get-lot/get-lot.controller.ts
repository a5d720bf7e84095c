import { Controller, Get, Param } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '@trace/http';
import { LotParams } from '../../shared/validators';
import { GetLotQuery } from './get-lot.query';
import { LotResponse } from './get-lot.response';
import { AnyRole } from '../../access/route-access';

@ApiTags('lots')
@Controller('v1/lots/:lotId')
export class GetLotController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @AnyRole()
  @ApiOperation({ summary: 'A lot and the number of its units in each status' })
  @ApiOkResponse({ type: LotResponse })
  @ApiErrors({ 400: true, 404: 'No such lot' })
  get(@Param() { lotId }: LotParams): Promise<LotResponse> {
    return this.queries.execute(new GetLotQuery(lotId));
  }
}
