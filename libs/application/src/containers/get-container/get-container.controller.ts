import { Controller, Get, Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { PageParams } from '../../shared/paging';
import { ContainerParams } from '../container-params';
import { GetContainerQuery } from './get-container.query';
import { ContainerView } from './get-container.handler';

@ApiTags('containers')
@Controller('v1/containers/:containerId')
export class GetContainerController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @ApiOperation({ summary: 'A container: where it is, what it is packed in, its nested containers and a page of its units' })
  @ApiOkResponse({ description: 'Units are paged with limit and cursor (units.nextCursor)' })
  @ApiNotFoundResponse({ description: 'No such container' })
  get(@Param() { containerId }: ContainerParams, @Query() page: PageParams): Promise<ContainerView> {
    return this.queries.execute(new GetContainerQuery(containerId, page));
  }
}
