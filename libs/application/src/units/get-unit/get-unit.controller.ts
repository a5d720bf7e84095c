import { Controller, Get, Param } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { UnitParams } from '../../shared/validators';
import { UnitWithRecalls } from './get-unit.handler';
import { GetUnitQuery } from './get-unit.query';

@ApiTags('units')
@Controller('v1/units/:sku/:serial')
export class GetUnitController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @ApiOperation({ summary: 'Where a unit is now: status, location, custodian, customer (send X-Min-Position to read your writes)' })
  @ApiOkResponse({ description: '{sku, serial, lotId, status, location, custodian, customer, destination, installedIn, lastEventAt, revision, openRecalls}' })
  @ApiNotFoundResponse()
  get(@Param() unit: UnitParams): Promise<UnitWithRecalls> {
    return this.queries.execute(new GetUnitQuery({ sku: unit.sku, serial: unit.serial }));
  }
}
