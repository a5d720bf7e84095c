import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { stockModel } from '@trace/projections';
import { READ_STORE, ReadStore } from '@trace/read-store';
import { allRows } from '../../shared/paging';
import { GetLocationStockQuery, LocationStock } from './get-location-stock.query';

/** SKUs per location stay few, so the whole list is answered at once. */
@QueryHandler(GetLocationStockQuery)
export class GetLocationStockHandler implements IQueryHandler<GetLocationStockQuery, LocationStock> {
  constructor(@Inject(READ_STORE) private readonly reads: ReadStore) {}

  async execute({ location }: GetLocationStockQuery): Promise<LocationStock> {
    const bySku: LocationStock['bySku'] = [];
    for await (const row of allRows(this.reads, stockModel, { location })) {
      if (row.count > 0) bySku.push({ sku: row.sku, count: row.count });
    }
    return { location, total: bySku.reduce((sum, row) => sum + row.count, 0), bySku };
  }
}
