import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { InvalidInput } from '@trace/domain';
import { ApiErrors } from '@trace/http';
import { AnyRole } from '../../access/route-access';
import { ListUnitsAtQuery } from '../../analytics/time-travel/list-units-at/list-units-at.query';
import { requestedClock } from '../../analytics/time-travel/time-travel.params';
import { Page, PageOf } from '../../shared/responses';
import { UnitResponse } from '../../shared/unit-view';
import { ListUnitsQuery } from './list-units.query';
import { ListUnitsRequest, UNIT_LIST_SELECTORS } from './list-units.request';

/** One route, two readings: units now from the units model, or by a clock (asOf, knownAt) unit by unit from their timelines. */
@ApiTags('units')
@Controller('v1/units')
export class ListUnitsController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @AnyRole()
  @ApiOperation({
    summary:
      'Units by SKU, customer (with what is built into their units), custodian, location or lot, narrowed by status; in (sku, serial) order, in pages; with asOf and/or knownAt (sku or lotId needed), where they were then',
  })
  @ApiOkResponse({ type: PageOf(UnitResponse), description: 'A page of units; by a clock a page may hold fewer than limit units' })
  @ApiErrors({ 400: true })
  list(@Query() request: ListUnitsRequest): Promise<Page<UnitResponse>> {
    const { asOf: _asOf, knownAt: _knownAt, ...filter } = request;
    if (!UNIT_LIST_SELECTORS.some((field) => filter[field] !== undefined)) {
      throw InvalidInput.field(UNIT_LIST_SELECTORS.join('|'), `give at least one of ${UNIT_LIST_SELECTORS.join(', ')} (status narrows one of them)`);
    }
    const clock = requestedClock(request);
    if (!clock) return this.queries.execute(new ListUnitsQuery(filter));
    if (filter.sku === undefined && filter.lotId === undefined) {
      throw InvalidInput.field('asOf', 'needs sku or lotId: by a clock, units are placed one by one from the units of a SKU or a lot');
    }
    return this.queries.execute(new ListUnitsAtQuery(filter, clock));
  }
}
