import { Query } from '@nestjs/cqrs';
import { Page } from '../../shared/responses';
import { ListCountsRequest } from './list-counts.request';
import { CountSummaryResponse } from './list-counts.response';

/** Counts, newest first, by location, state, a unit they counted, and when they were opened. */
export class ListCountsQuery extends Query<Page<CountSummaryResponse>> {
  constructor(readonly filter: ListCountsRequest) {
    super();
  }
}
