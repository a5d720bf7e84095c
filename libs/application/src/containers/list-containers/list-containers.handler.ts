import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { ContainerDocument, containersModel } from '@trace/projections';
import { READ_STORE, ReadStore } from '@trace/read-store';
import { containerChain } from '../../shared/container-chain';
import { givenFilters, pageOf } from '../../shared/paging';
import { Page } from '../../shared/responses';
import { ListContainersQuery } from './list-containers.query';
import { ContainerSummaryResponse } from './list-containers.response';

@QueryHandler(ListContainersQuery)
export class ListContainersHandler implements IQueryHandler<ListContainersQuery> {
  constructor(@Inject(READ_STORE) private readonly reads: ReadStore) {}

  async execute({ filter }: ListContainersQuery): Promise<Page<ContainerSummaryResponse>> {
    const { limit, cursor, ...fields } = filter;
    const where = givenFilters<ContainerDocument>(fields);
    const page = await pageOf(this.reads, containersModel, where, { limit, cursor });
    const items = await Promise.all(
      page.items.map(async ({ parent, position: _position, ...container }) => ({
        ...container,
        packedIn: parent ? await containerChain(this.reads, parent) : [],
      })),
    );
    return { items, nextCursor: page.nextCursor };
  }
}
