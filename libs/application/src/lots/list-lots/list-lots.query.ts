import { Query } from '@nestjs/cqrs';
import { TimeClock } from '../../analytics/time-travel/time-clock';
import { PageRequest } from '../../shared/paging';
import { Page } from '../../shared/responses';
import { LotResponse } from '../get-lot/get-lot.response';

/** Which lots a list wants: each filter given must hold (instants as the request gives them). */
export interface LotsFilter {
  sku?: string;
  site?: string;
  expiringBefore?: string;
  producedFrom?: string;
  producedTo?: string;
}

/** Lots by SKU, site, expiry and production date; by a clock, those that existed then, their units counted as they were. */
export class ListLotsQuery extends Query<Page<LotResponse>> {
  constructor(
    readonly filter: LotsFilter & PageRequest,
    readonly clock: TimeClock | null,
  ) {
    super();
  }
}
