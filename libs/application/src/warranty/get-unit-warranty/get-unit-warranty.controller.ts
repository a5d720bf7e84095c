import { Controller, Get, Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '@trace/http';
import { AnyRole } from '../../access/route-access';
import { UnitParams } from '../../shared/validators';
import { WarrantyResponse } from '../warranty.responses';
import { GetUnitWarrantyQuery } from './get-unit-warranty.query';
import { UnitWarrantyQueryRequest } from './get-unit-warranty.request';

@ApiTags('warranty')
@Controller('v1/units/:sku/:serial/warranty')
export class GetUnitWarrantyController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @AnyRole()
  @ApiOperation({ summary: "A unit's warranty: status, basis, dates, extensions, claims; now or as of an instant" })
  @ApiOkResponse({ type: WarrantyResponse })
  @ApiErrors({ 400: true, 404: 'No such unit (or not yet at asOf)' })
  get(@Param() { sku, serial }: UnitParams, @Query() { asOf }: UnitWarrantyQueryRequest): Promise<WarrantyResponse> {
    return this.queries.execute(new GetUnitWarrantyQuery({ sku, serial }, asOf));
  }
}
