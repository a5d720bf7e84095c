import { Controller, Get } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ProjectionsReport } from '../projection-status';
import { GetProjectionsQuery } from './get-projections.query';

@ApiTags('projections')
@Controller('v1/projections')
export class GetProjectionsController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @ApiOperation({ summary: 'Each read-model projection: its generation, the log position it includes, its lag, and any replay building its next generation' })
  @ApiOkResponse({ description: '{head, projections: [{name, generation, position, lag, replay: {generation, position, lag} | null}]}' })
  list(): Promise<ProjectionsReport> {
    return this.queries.execute(new GetProjectionsQuery());
  }
}
