import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '@trace/http';
import { AnyRole } from '../../access/route-access';
import { Page, PageOf } from '../../shared/responses';
import { ListContainersQuery } from './list-containers.query';
import { ListContainersRequest } from './list-containers.request';
import { ContainerSummaryResponse } from './list-containers.response';

@ApiTags('containers')
@Controller('v1/containers')
export class ListContainersController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @AnyRole()
  @ApiOperation({ summary: 'Containers by location, status and custodian, in containerId order, in pages' })
  @ApiOkResponse({ type: PageOf(ContainerSummaryResponse) })
  @ApiErrors({ 400: true })
  list(@Query() filter: ListContainersRequest): Promise<Page<ContainerSummaryResponse>> {
    return this.queries.execute(new ListContainersQuery(filter));
  }
}
