import { Controller, Get, Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { GetUnitAtQuery } from '../../analytics/time-travel/get-unit-at/get-unit-at.query';
import { UnitWhereabouts } from '../../analytics/time-travel/time-clock';
import { requestedClock, TimeTravelParams } from '../../analytics/time-travel/time-travel.dto';
import { UnitParams } from '../../shared/validators';
import { UnitWithRecalls } from './get-unit.handler';
import { GetUnitQuery } from './get-unit.query';

@ApiTags('units')
@Controller('v1/units/:sku/:serial')
export class GetUnitController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @ApiOperation({
    summary:
      'Where a unit is now: status, location, custodian, customer (send X-Min-Position to read your writes); with asOf and/or knownAt, where it was then',
  })
  @ApiOkResponse({ description: '{sku, serial, lotId, status, location, custodian, customer, destination, installedIn, lastEventAt, revision, openRecalls}' })
  @ApiNotFoundResponse()
  get(@Param() unit: UnitParams, @Query() at: TimeTravelParams): Promise<UnitWithRecalls | UnitWhereabouts> {
    const clock = requestedClock(at);
    const ref = { sku: unit.sku, serial: unit.serial };
    return this.queries.execute(clock ? new GetUnitAtQuery(ref, clock) : new GetUnitQuery(ref));
  }
}
