import { Controller, Get, Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '@trace/http';
import { Page, PageOf } from '../../shared/responses';
import { RecallParams } from '../recall-params';
import { ListRecallUnitsQuery } from './list-recall-units.query';
import { ListRecallUnitsRequest } from './list-recall-units.request';
import { RecallUnitResponse } from './list-recall-units.response';
import { AnyRole } from '../../access/route-access';

@ApiTags('recalls')
@Controller('v1/recalls/:recallId/units')
export class ListRecallUnitsController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @AnyRole()
  @ApiOperation({ summary: 'Units the recall holds or held, by state, location or container, in pages' })
  @ApiOkResponse({ type: PageOf(RecallUnitResponse) })
  @ApiErrors({ 400: true, 404: 'No such recall' })
  list(@Param() { recallId }: RecallParams, @Query() request: ListRecallUnitsRequest): Promise<Page<RecallUnitResponse>> {
    return this.queries.execute(new ListRecallUnitsQuery(recallId, request));
  }
}
