import { Controller, Get } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { GetProjectionsQuery } from './get-projections.query';
import { ProjectionsResponse } from './get-projections.response';
import { AnyRole } from '../../access/route-access';

@ApiTags('projections')
@Controller('v1/projections')
export class GetProjectionsController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @AnyRole()
  @ApiOperation({ summary: 'Each read-model projection: its generation, the log position it includes, its lag, and any replay building its next generation' })
  @ApiOkResponse({ type: ProjectionsResponse })
  list(): Promise<ProjectionsResponse> {
    return this.queries.execute(new GetProjectionsQuery());
  }
}
