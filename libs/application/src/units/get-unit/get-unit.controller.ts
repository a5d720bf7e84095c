import { Controller, Get, Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiExtraModels, ApiOkResponse, ApiOperation, ApiTags, getSchemaPath } from '@nestjs/swagger';
import { ApiErrors } from '@trace/http';
import { GetUnitAtQuery } from '../../analytics/time-travel/get-unit-at/get-unit-at.query';
import { requestedClock, TimeTravelParams } from '../../analytics/time-travel/time-travel.params';
import { UnitResponse } from '../../shared/unit-view';
import { UnitParams } from '../../shared/validators';
import { GetUnitQuery } from './get-unit.query';
import { UnitWithRecallsResponse } from './get-unit.response';
import { AnyRole } from '../../access/route-access';

/** One route, two readings: the unit now (with its open recalls and containers), or by a clock (asOf, knownAt). */
@ApiTags('units')
@Controller('v1/units/:sku/:serial')
export class GetUnitController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @AnyRole()
  @ApiOperation({
    summary:
      'Where a unit is now: status, location, custodian, customer (send X-Min-Position to read your writes); with asOf and/or knownAt, where it was then',
  })
  @ApiExtraModels(UnitWithRecallsResponse, UnitResponse)
  @ApiOkResponse({
    description: 'The unit now, with its open recalls and containers; with asOf and/or knownAt, where it was then (without them)',
    schema: {
      oneOf: [
        { $ref: getSchemaPath(UnitWithRecallsResponse) },
        // Every answer of now is a UnitResponse too: what tells the two apart is that a unit then has no openRecalls.
        { allOf: [{ $ref: getSchemaPath(UnitResponse) }], not: { required: ['openRecalls'] } },
      ],
    },
  })
  @ApiErrors({ 400: true, 404: 'No such unit, or it did not exist yet at that time' })
  get(@Param() { sku, serial }: UnitParams, @Query() at: TimeTravelParams): Promise<UnitWithRecallsResponse | UnitResponse> {
    const clock = requestedClock(at);
    return clock ? this.queries.execute(new GetUnitAtQuery({ sku, serial }, clock)) : this.queries.execute(new GetUnitQuery({ sku, serial }));
  }
}
