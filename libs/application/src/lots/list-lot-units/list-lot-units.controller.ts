import { Controller, Get, Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Page } from '../../shared/paging';
import { UnitView } from '../../shared/unit-view';
import { LotParams } from '../../shared/validators';
import { ListLotUnitsAtQuery } from '../../analytics/time-travel/list-lot-units-at/list-lot-units-at.query';
import { requestedClock } from '../../analytics/time-travel/time-travel.dto';
import { ListLotUnitsDto } from './list-lot-units.dto';
import { TracedUnit } from '../../genealogy/trace-lot/trace-lot.handler';
import { TraceLotQuery } from '../../genealogy/trace-lot/trace-lot.query';
import { ListLotUnitsQuery } from './list-lot-units.query';

@ApiTags('lots')
@Controller('v1/lots/:lotId/units')
export class ListLotUnitsController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @ApiOperation({ summary: 'Units that came from a lot (with transitive=true: at any depth of assembly), by status and location, in pages' })
  @ApiOkResponse({
    description: '{items: [unit], nextCursor}; with asOf and/or knownAt, where each unit was then (a page may then hold fewer than limit units)',
  })
  @ApiNotFoundResponse()
  list(@Param() { lotId }: LotParams, @Query() filter: ListLotUnitsDto): Promise<Page<UnitView | TracedUnit>> {
    const clock = requestedClock(filter);
    if (clock) return this.queries.execute(new ListLotUnitsAtQuery(lotId, clock, filter));
    return this.queries.execute(filter.transitive ? new TraceLotQuery(lotId, filter) : new ListLotUnitsQuery(lotId, filter));
  }
}
