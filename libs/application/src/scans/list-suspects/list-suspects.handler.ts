import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { SuspectDocument, suspectsModel } from '@trace/projections';
import { READ_STORE, ReadStore, Where } from '@trace/read-store';
import { pageOf } from '../../shared/paging';
import { Page } from '../../shared/responses';
import { ListSuspectsQuery } from './list-suspects.query';
import { SuspectResponse } from './list-suspects.response';

const view = ({ position: _position, cleared, ...suspicion }: SuspectDocument): SuspectResponse => ({ ...suspicion, cleared: cleared === 1 });

@QueryHandler(ListSuspectsQuery)
export class ListSuspectsHandler implements IQueryHandler<ListSuspectsQuery> {
  constructor(@Inject(READ_STORE) private readonly reads: ReadStore) {}

  async execute({ filter }: ListSuspectsQuery): Promise<Page<SuspectResponse>> {
    const { sku, includeCleared, limit, cursor } = filter;
    const where: Where<SuspectDocument> = {};
    if (!includeCleared) where.cleared = 0;
    if (sku !== undefined) where.sku = sku;
    const page = await pageOf(this.reads, suspectsModel, where, { limit, cursor });
    return { items: page.items.map(view), nextCursor: page.nextCursor };
  }
}
