import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { unitsModel } from '@trace/projections';
import { READ_STORE, ReadStore } from '@trace/read-store';
import { Page, pageOf } from '../../shared/paging';
import { UnitView, UnitViews } from '../../shared/unit-view';
import { ListLocationUnitsQuery } from './list-location-units.query';

@QueryHandler(ListLocationUnitsQuery)
export class ListLocationUnitsHandler implements IQueryHandler<ListLocationUnitsQuery, Page<UnitView>> {
  constructor(
    @Inject(READ_STORE) private readonly reads: ReadStore,
    private readonly views: UnitViews,
  ) {}

  async execute({ location, page }: ListLocationUnitsQuery): Promise<Page<UnitView>> {
    return this.views.page(await pageOf(this.reads, unitsModel, { location }, page));
  }
}
