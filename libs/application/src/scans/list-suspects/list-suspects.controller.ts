import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '@trace/http';
import { AnyRole } from '../../access/route-access';
import { Page, PageOf } from '../../shared/responses';
import { ListSuspectsQuery } from './list-suspects.query';
import { ListSuspectsRequest } from './list-suspects.request';
import { SuspectResponse } from './list-suspects.response';

@ApiTags('scans')
@Controller('v1/suspects')
export class ListSuspectsController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @AnyRole()
  @ApiOperation({ summary: 'Suspect units with their evidence, by SKU and serial; cleared ones too with includeCleared=true' })
  @ApiOkResponse({ type: PageOf(SuspectResponse) })
  @ApiErrors({ 400: true })
  list(@Query() filter: ListSuspectsRequest): Promise<Page<SuspectResponse>> {
    return this.queries.execute(new ListSuspectsQuery(filter));
  }
}
