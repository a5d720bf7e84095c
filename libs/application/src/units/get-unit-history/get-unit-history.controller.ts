import { Controller, Get, Param } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '@trace/http';
import { UnitParams } from '../../shared/validators';
import { GetUnitHistoryQuery } from './get-unit-history.query';
import { UnitHistoryResponse } from './get-unit-history.response';
import { AnyRole } from '../../access/route-access';

@ApiTags('units')
@Controller('v1/units/:sku/:serial/history')
export class GetUnitHistoryController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @AnyRole()
  @ApiOperation({ summary: 'Everything that happened to a unit, in order, from the event log' })
  @ApiOkResponse({ type: UnitHistoryResponse })
  @ApiErrors({ 400: true, 404: 'No such unit' })
  history(@Param() { sku, serial }: UnitParams): Promise<UnitHistoryResponse> {
    return this.queries.execute(new GetUnitHistoryQuery({ sku, serial }));
  }
}
