import { Controller, Get, Param } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { LotParams } from '../../shared/validators';
import { LotView } from './get-lot.handler';
import { GetLotQuery } from './get-lot.query';

@ApiTags('lots')
@Controller('v1/lots/:lotId')
export class GetLotController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @ApiOperation({ summary: 'A lot and the number of its units in each status' })
  @ApiOkResponse({ description: '{lotId, sku, producedAt, expiresAt, site, quantity, registeredAt, units: {total, byStatus}}' })
  @ApiNotFoundResponse()
  get(@Param() { lotId }: LotParams): Promise<LotView> {
    return this.queries.execute(new GetLotQuery(lotId));
  }
}
