import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { NotFound } from '@trace/domain';
import { productsModel } from '@trace/projections';
import { getDocument, READ_STORE, ReadStore } from '@trace/read-store';
import { productView } from '../product-view';
import { GetProductQuery } from './get-product.query';
import { ProductResponse } from './get-product.response';

@QueryHandler(GetProductQuery)
export class GetProductHandler implements IQueryHandler<GetProductQuery> {
  constructor(@Inject(READ_STORE) private readonly reads: ReadStore) {}

  async execute({ sku }: GetProductQuery): Promise<ProductResponse> {
    const product = await getDocument(this.reads, productsModel, { sku });
    if (!product) throw new NotFound(`product ${sku} not found`);
    return productView(product);
  }
}
