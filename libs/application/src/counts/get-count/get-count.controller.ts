import { Controller, Get, Param } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiExtraModels, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '@trace/http';
import { AnyRole } from '../../access/route-access';
import { CountParams } from '../count-params';
import { SeesBlindCounts } from '../count-viewer';
import { GetCountQuery } from './get-count.query';
import { CountReconciliationResponse, CountReportResponse } from './get-count.response';

@ApiTags('counts')
@ApiExtraModels(CountReconciliationResponse)
@Controller('v1/counts/:countId')
export class GetCountController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @AnyRole()
  @ApiOperation({ summary: "A count's progress (judged now, as if it closed) or, once closed, its report" })
  @ApiOkResponse({ type: CountReportResponse })
  @ApiErrors({ 400: true, 404: 'No such count' })
  get(@Param() { countId }: CountParams, @SeesBlindCounts() revealed: boolean): Promise<CountReportResponse> {
    return this.queries.execute(new GetCountQuery(countId, revealed));
  }
}
