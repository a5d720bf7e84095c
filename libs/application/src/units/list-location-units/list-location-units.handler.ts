import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { unitsModel } from '@trace/projections';
import { READ_STORE, ReadStore } from '@trace/read-store';
import { pageOf } from '../../shared/paging';
import { Page } from '../../shared/responses';
import { UnitResponse, UnitViews } from '../../shared/unit-view';
import { ListLocationUnitsQuery } from './list-location-units.query';

@QueryHandler(ListLocationUnitsQuery)
export class ListLocationUnitsHandler implements IQueryHandler<ListLocationUnitsQuery> {
  constructor(
    @Inject(READ_STORE) private readonly reads: ReadStore,
    private readonly views: UnitViews,
  ) {}

  async execute({ location, page }: ListLocationUnitsQuery): Promise<Page<UnitResponse>> {
    return this.views.page(await pageOf(this.reads, unitsModel, { location }, page));
  }
}
