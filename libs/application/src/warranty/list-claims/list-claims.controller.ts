import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '@trace/http';
import { AnyRole } from '../../access/route-access';
import { Page, PageOf } from '../../shared/responses';
import { ClaimResponse } from '../claim-view';
import { ListClaimsQuery } from './list-claims.query';
import { ListClaimsRequest } from './list-claims.request';

@ApiTags('warranty')
@Controller('v1/warranty-claims')
export class ListClaimsController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @AnyRole()
  @ApiOperation({ summary: 'Warranty claims by state, SKU, lot and customer, by claim id; in pages' })
  @ApiOkResponse({ type: PageOf(ClaimResponse) })
  @ApiErrors({ 400: true })
  list(@Query() filter: ListClaimsRequest): Promise<Page<ClaimResponse>> {
    return this.queries.execute(new ListClaimsQuery(filter));
  }
}
