import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { NotFound } from '@trace/domain';
import { lotsModel, UnitDocument, unitsModel } from '@trace/projections';
import { getDocument, READ_STORE, ReadStore, Where } from '@trace/read-store';
import { pageOf } from '../../shared/paging';
import { Page } from '../../shared/responses';
import { UnitResponse, UnitViews } from '../../shared/unit-view';
import { ListLotUnitsQuery } from './list-lot-units.query';

@QueryHandler(ListLotUnitsQuery)
export class ListLotUnitsHandler implements IQueryHandler<ListLotUnitsQuery> {
  constructor(
    @Inject(READ_STORE) private readonly reads: ReadStore,
    private readonly views: UnitViews,
  ) {}

  async execute({ lotId, filter }: ListLotUnitsQuery): Promise<Page<UnitResponse>> {
    if (!(await getDocument(this.reads, lotsModel, { lotId }))) throw new NotFound(`lot ${lotId} not found`);
    const where: Where<UnitDocument> = { lotId };
    if (filter.status) where.status = filter.status;
    if (filter.location) where.location = filter.location;
    return this.views.page(await pageOf(this.reads, unitsModel, where, filter));
  }
}
