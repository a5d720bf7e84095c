import { Query } from '@nestjs/cqrs';
import { PageRequest } from '../../shared/paging';
import { Page } from '../../shared/responses';
import { ProductResponse } from '../get-product/get-product.response';

/** The catalogue by SKU, or the product a GTIN names. */
export class ListProductsQuery extends Query<Page<ProductResponse>> {
  constructor(readonly filter: { gtin?: string } & PageRequest) {
    super();
  }
}
