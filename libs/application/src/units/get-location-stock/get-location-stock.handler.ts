import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { stockModel } from '@trace/projections';
import { READ_STORE, ReadStore } from '@trace/read-store';
import { allRows } from '../../shared/paging';
import { GetLocationStockQuery } from './get-location-stock.query';
import { LocationStockResponse, SkuStockResponse } from './get-location-stock.response';

/** SKUs per location stay few, so the whole list is answered at once. */
@QueryHandler(GetLocationStockQuery)
export class GetLocationStockHandler implements IQueryHandler<GetLocationStockQuery> {
  constructor(@Inject(READ_STORE) private readonly reads: ReadStore) {}

  async execute({ location }: GetLocationStockQuery): Promise<LocationStockResponse> {
    const bySku: SkuStockResponse[] = [];
    for await (const row of allRows(this.reads, stockModel, { location })) {
      if (row.count > 0) bySku.push({ sku: row.sku, count: row.count });
    }
    return { location, total: bySku.reduce((sum, row) => sum + row.count, 0), bySku };
  }
}
