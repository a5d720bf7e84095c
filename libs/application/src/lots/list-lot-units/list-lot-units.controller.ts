import { Controller, Get, Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Page } from '../../shared/paging';
import { UnitView } from '../../shared/unit-view';
import { LotParams } from '../../shared/validators';
import { ListLotUnitsDto } from './list-lot-units.dto';
import { ListLotUnitsQuery } from './list-lot-units.query';

@ApiTags('lots')
@Controller('v1/lots/:lotId/units')
export class ListLotUnitsController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @ApiOperation({ summary: 'Units that came from a lot, optionally by status and location, in pages' })
  @ApiOkResponse({ description: '{items: [unit], nextCursor}' })
  @ApiNotFoundResponse()
  list(@Param() { lotId }: LotParams, @Query() filter: ListLotUnitsDto): Promise<Page<UnitView>> {
    return this.queries.execute(new ListLotUnitsQuery(lotId, filter));
  }
}
