import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { parseInstant } from '@trace/domain';
import { LotDocument, lotsModel } from '@trace/projections';
import { PageShape, READ_STORE, ReadStore, Where } from '@trace/read-store';
import { pageOf } from '../../shared/paging';
import { Page } from '../../shared/responses';
import { LotResponse } from '../get-lot/get-lot.response';
import { lotView } from '../lot-view';
import { ListLotsQuery } from './list-lots.query';

const instant = (text: string | undefined) => (text === undefined ? undefined : (parseInstant(text) as string));

/**
 * Lots from the SKU or site index (with expiringBefore, the same read by expiry); production dates narrow what
 * those read. Production dates alone read the lots in lotId order until a page fills.
 */
@QueryHandler(ListLotsQuery)
export class ListLotsHandler implements IQueryHandler<ListLotsQuery> {
  constructor(@Inject(READ_STORE) private readonly reads: ReadStore) {}

  async execute({ filter }: ListLotsQuery): Promise<Page<LotResponse>> {
    const where: Where<LotDocument> = {};
    if (filter.sku !== undefined) where.sku = filter.sku;
    if (filter.site !== undefined) where.site = filter.site;
    const shape: PageShape<LotDocument> = {};
    if (filter.producedFrom !== undefined || filter.producedTo !== undefined) {
      shape.ranges = { producedInstant: { from: instant(filter.producedFrom), before: instant(filter.producedTo) } };
    }
    if (filter.expiringBefore !== undefined) {
      shape.order = { by: 'expiresInstant' };
      shape.ranges = { ...shape.ranges, expiresInstant: { before: instant(filter.expiringBefore) } };
    }
    const page = await pageOf(this.reads, lotsModel, where, filter, shape);
    return { items: await Promise.all(page.items.map((lot) => lotView(this.reads, lot))), nextCursor: page.nextCursor };
  }
}
