import { Query } from '@nestjs/cqrs';
import { ProductResponse } from './get-product.response';

export class GetProductQuery extends Query<ProductResponse> {
  constructor(readonly sku: string) {
    super();
  }
}
