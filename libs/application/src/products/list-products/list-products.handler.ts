import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { gtin14 } from '@trace/domain';
import { productsModel } from '@trace/projections';
import { READ_STORE, ReadStore } from '@trace/read-store';
import { pageOf } from '../../shared/paging';
import { Page } from '../../shared/responses';
import { ProductResponse } from '../get-product/get-product.response';
import { productView } from '../product-view';
import { ListProductsQuery } from './list-products.query';

@QueryHandler(ListProductsQuery)
export class ListProductsHandler implements IQueryHandler<ListProductsQuery> {
  constructor(@Inject(READ_STORE) private readonly reads: ReadStore) {}

  async execute({ filter }: ListProductsQuery): Promise<Page<ProductResponse>> {
    const { gtin, limit, cursor } = filter;
    const page = await pageOf(this.reads, productsModel, gtin === undefined ? {} : { gtin: gtin14(gtin) }, { limit, cursor });
    return { items: page.items.map(productView), nextCursor: page.nextCursor };
  }
}
