import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { NotFound } from '@trace/domain';
import { lotsModel, unitsModel } from '@trace/projections';
import { Key, READ_STORE, ReadStore } from '@trace/read-store';
import { Page, pageOf } from '../../shared/paging';
import { UnitView, UnitViews } from '../../shared/unit-view';
import { ListLotUnitsQuery } from './list-lot-units.query';

@QueryHandler(ListLotUnitsQuery)
export class ListLotUnitsHandler implements IQueryHandler<ListLotUnitsQuery, Page<UnitView>> {
  constructor(
    @Inject(READ_STORE) private readonly reads: ReadStore,
    private readonly views: UnitViews,
  ) {}

  async execute({ lotId, filter }: ListLotUnitsQuery): Promise<Page<UnitView>> {
    if (!(await this.reads.get(lotsModel.name, { lotId }))) throw new NotFound(`lot ${lotId} not found`);
    const where: Key = { lotId };
    if (filter.status) where.status = filter.status;
    if (filter.location) where.location = filter.location;
    return this.views.page(await pageOf(this.reads, unitsModel, where, filter, (row) => row));
  }
}
