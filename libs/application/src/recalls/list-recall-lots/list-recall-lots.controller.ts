import { Controller, Get, Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '@trace/http';
import { AnyRole } from '../../access/route-access';
import { PageParams } from '../../shared/paging';
import { Page, PageOf } from '../../shared/responses';
import { RecallParams } from '../recall-params';
import { ListRecallLotsQuery } from './list-recall-lots.query';
import { RecallLotResponse } from './list-recall-lots.response';

@ApiTags('recalls')
@Controller('v1/recalls/:recallId/lots')
export class ListRecallLotsController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @AnyRole()
  @ApiOperation({
    summary: 'Lots the recall holds (recalled, or made from one at any depth), with their quantities by location, in transit and with each customer',
  })
  @ApiOkResponse({ type: PageOf(RecallLotResponse) })
  @ApiErrors({ 400: true, 404: 'No such recall' })
  list(@Param() { recallId }: RecallParams, @Query() page: PageParams): Promise<Page<RecallLotResponse>> {
    return this.queries.execute(new ListRecallLotsQuery(recallId, page));
  }
}
