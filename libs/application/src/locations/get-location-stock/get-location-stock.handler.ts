import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { stockModel } from '@trace/projections';
import { READ_STORE, ReadStore } from '@trace/read-store';
import { GetLocationStockQuery, LocationStock } from './get-location-stock.query';

/** SKUs per location stay few, so the whole list is read in pages of 1,000 and answered at once. */
@QueryHandler(GetLocationStockQuery)
export class GetLocationStockHandler implements IQueryHandler<GetLocationStockQuery, LocationStock> {
  constructor(@Inject(READ_STORE) private readonly reads: ReadStore) {}

  async execute({ location }: GetLocationStockQuery): Promise<LocationStock> {
    const bySku: LocationStock['bySku'] = [];
    let after: { location: string; sku: string } | undefined;
    for (;;) {
      const rows = await this.reads.page(stockModel.name, { where: { location }, limit: 1000, after });
      for (const row of rows) if ((row.count as number) > 0) bySku.push({ sku: row.sku as string, count: row.count as number });
      if (rows.length < 1000) break;
      after = { location, sku: rows[rows.length - 1].sku as string };
    }
    return { location, total: bySku.reduce((sum, row) => sum + row.count, 0), bySku };
  }
}
