import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '@trace/http';
import { AnyRole } from '../../access/route-access';
import { Page, PageOf } from '../../shared/responses';
import { LotResponse } from '../get-lot/get-lot.response';
import { ListLotsQuery } from './list-lots.query';
import { ListLotsRequest } from './list-lots.request';

@ApiTags('lots')
@Controller('v1/lots')
export class ListLotsController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @AnyRole()
  @ApiOperation({ summary: 'Lots by SKU, site and production date, by lotId; with expiringBefore, soonest expiry first; in pages' })
  @ApiOkResponse({ type: PageOf(LotResponse) })
  @ApiErrors({ 400: true })
  list(@Query() filter: ListLotsRequest): Promise<Page<LotResponse>> {
    return this.queries.execute(new ListLotsQuery(filter));
  }
}
