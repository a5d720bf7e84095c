import { Query } from '@nestjs/cqrs';
import { LocationStockResponse } from './get-location-stock.response';

export class GetLocationStockQuery extends Query<LocationStockResponse> {
  constructor(readonly location: string) {
    super();
  }
}
