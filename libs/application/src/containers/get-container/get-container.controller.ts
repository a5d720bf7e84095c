import { Controller, Get, Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '@trace/http';
import { PageParams } from '../../shared/paging';
import { ContainerParams } from '../container-params';
import { GetContainerQuery } from './get-container.query';
import { ContainerResponse } from './get-container.response';
import { AnyRole } from '../../access/route-access';

@ApiTags('containers')
@Controller('v1/containers/:containerId')
export class GetContainerController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @AnyRole()
  @ApiOperation({ summary: 'A container: where it is, what it is packed in, its nested containers and a page of its units' })
  @ApiOkResponse({ type: ContainerResponse, description: 'Units are paged with limit and cursor (units.nextCursor)' })
  @ApiErrors({ 400: true, 404: 'No such container' })
  get(@Param() { containerId }: ContainerParams, @Query() { limit, cursor }: PageParams): Promise<ContainerResponse> {
    return this.queries.execute(new GetContainerQuery(containerId, { limit, cursor }));
  }
}
