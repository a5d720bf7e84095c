import { Controller, Get, Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiExtraModels, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '@trace/http';
import { AnyRole } from '../../access/route-access';
import { Page, PageOf } from '../../shared/responses';
import { CountParams } from '../count-params';
import { SeesBlindCounts } from '../count-viewer';
import { ListCountDiscrepanciesQuery } from './list-count-discrepancies.query';
import { ListCountDiscrepanciesRequest } from './list-count-discrepancies.request';
import { DiscrepancyResponse, RecordedPlacementResponse } from './list-count-discrepancies.response';

@ApiTags('counts')
@ApiExtraModels(RecordedPlacementResponse)
@Controller('v1/counts/:countId/discrepancies')
export class ListCountDiscrepanciesController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @AnyRole()
  @ApiOperation({ summary: "A count's discrepancies, by kind, in pages: missing and unexpected units with where the record places them, unknown codes, lots" })
  @ApiOkResponse({ type: PageOf(DiscrepancyResponse) })
  @ApiErrors({ 400: true, 403: 'A blind count, open: for admins only', 404: 'No such count' })
  list(
    @Param() { countId }: CountParams,
    @Query() filter: ListCountDiscrepanciesRequest,
    @SeesBlindCounts() revealed: boolean,
  ): Promise<Page<DiscrepancyResponse>> {
    return this.queries.execute(new ListCountDiscrepanciesQuery(countId, filter, revealed));
  }
}
