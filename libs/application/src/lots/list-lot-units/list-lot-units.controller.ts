import { Controller, Get, Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiExtraModels, ApiOkResponse, ApiOperation, ApiTags, getSchemaPath } from '@nestjs/swagger';
import { InvalidInput } from '@trace/domain';
import { ListLotUnitsAtQuery } from '../../analytics/time-travel/list-lot-units-at/list-lot-units-at.query';
import { requestedClock } from '../../analytics/time-travel/time-travel.params';
import { TraceLotQuery } from '../../genealogy/trace-lot/trace-lot.query';
import { TracedUnitResponse } from '../../genealogy/trace-lot/trace-lot.response';
import { Page, PageOf } from '../../shared/responses';
import { ApiErrors } from '@trace/http';
import { UnitResponse } from '../../shared/unit-view';
import { LotParams } from '../../shared/validators';
import { ListLotUnitsQuery } from './list-lot-units.query';
import { ListLotUnitsRequest } from './list-lot-units.request';
import { AnyRole } from '../../access/route-access';

const UnitPage = PageOf(UnitResponse);
const TracedUnitPage = PageOf(TracedUnitResponse);

/** One route, three readings: the lot's own units now, at any depth (transitive), or by a clock (asOf, knownAt). */
@ApiTags('lots')
@Controller('v1/lots/:lotId/units')
export class ListLotUnitsController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @AnyRole()
  @ApiOperation({ summary: 'Units that came from a lot (with transitive=true: at any depth of assembly), by status and location, in pages' })
  @ApiExtraModels(UnitPage, TracedUnitPage)
  @ApiOkResponse({
    description:
      'A page of units; with transitive=true each says `via`; with asOf and/or knownAt, where each unit was then (a page may then hold fewer than limit units)',
    schema: { oneOf: [{ $ref: getSchemaPath(UnitPage) }, { $ref: getSchemaPath(TracedUnitPage) }] },
  })
  @ApiErrors({ 400: true, 404: 'No such lot' })
  list(@Param() { lotId }: LotParams, @Query() request: ListLotUnitsRequest): Promise<Page<UnitResponse> | Page<TracedUnitResponse>> {
    const { transitive, asOf: _asOf, knownAt: _knownAt, ...filter } = request;
    const clock = requestedClock(request);
    if (clock && transitive) throw InvalidInput.field('transitive', 'cannot be combined with asOf or knownAt');
    if (clock) return this.queries.execute(new ListLotUnitsAtQuery(lotId, clock, filter));
    return transitive ? this.queries.execute(new TraceLotQuery(lotId, filter)) : this.queries.execute(new ListLotUnitsQuery(lotId, filter));
  }
}
