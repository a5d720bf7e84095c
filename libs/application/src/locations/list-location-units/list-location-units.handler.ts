import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { unitsModel } from '@trace/projections';
import { READ_STORE, ReadStore } from '@trace/read-store';
import { Page, pageOf } from '../../shared/paging';
import { UnitView, unitView } from '../../shared/unit-view';
import { ListLocationUnitsQuery } from './list-location-units.query';

@QueryHandler(ListLocationUnitsQuery)
export class ListLocationUnitsHandler implements IQueryHandler<ListLocationUnitsQuery, Page<UnitView>> {
  constructor(@Inject(READ_STORE) private readonly reads: ReadStore) {}

  execute({ location, page }: ListLocationUnitsQuery): Promise<Page<UnitView>> {
    return pageOf(this.reads, unitsModel, { location }, page, unitView);
  }
}
