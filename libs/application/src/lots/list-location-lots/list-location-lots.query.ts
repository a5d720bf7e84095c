import { Query } from '@nestjs/cqrs';
import { TimeClock } from '../../analytics/time-travel/time-clock';
import { Page } from '../../shared/responses';
import { LocationLotResponse } from './list-location-lots.response';

/** Lots with stock at a location, soonest expiry first (first expired, first out). */
export class ListLocationLotsQuery extends Query<Page<LocationLotResponse>> {
  constructor(
    readonly location: string,
    readonly filter: { expiringBefore?: string; sku?: string; limit?: number; cursor?: string },
    readonly clock: TimeClock | null,
  ) {
    super();
  }
}
