import { Query } from '@nestjs/cqrs';
import { Page } from '../../shared/responses';
import { LotResponse } from '../get-lot/get-lot.response';
import { ListLotsRequest } from './list-lots.request';

/** Lots by SKU, site, expiry and production date. */
export class ListLotsQuery extends Query<Page<LotResponse>> {
  constructor(readonly filter: ListLotsRequest) {
    super();
  }
}
