import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { UnitDocument, unitsModel } from '@trace/projections';
import { READ_STORE, ReadStore } from '@trace/read-store';
import { givenFilters, pageOf } from '../../shared/paging';
import { Page } from '../../shared/responses';
import { UnitResponse, UnitViews } from '../../shared/unit-view';
import { ListUnitsQuery } from './list-units.query';

/**
 * Straight from the units model: each row carries the effective placement (a unit built into a sold unit has that
 * unit's customer), so a customer's index holds the units built into what the customer has.
 */
@QueryHandler(ListUnitsQuery)
export class ListUnitsHandler implements IQueryHandler<ListUnitsQuery> {
  constructor(
    @Inject(READ_STORE) private readonly reads: ReadStore,
    private readonly views: UnitViews,
  ) {}

  async execute({ filter }: ListUnitsQuery): Promise<Page<UnitResponse>> {
    const { limit, cursor, ...fields } = filter;
    const where = givenFilters<UnitDocument>(fields);
    return this.views.page(await pageOf(this.reads, unitsModel, where, { limit, cursor }));
  }
}
