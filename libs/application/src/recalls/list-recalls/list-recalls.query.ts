import { Query } from '@nestjs/cqrs';
import { Page } from '../../shared/responses';
import { ListRecallsRequest } from './list-recalls.request';
import { RecallSummaryResponse } from './list-recalls.response';

/** Recalls, newest first, by state, lot and when they were opened. */
export class ListRecallsQuery extends Query<Page<RecallSummaryResponse>> {
  constructor(readonly filter: ListRecallsRequest) {
    super();
  }
}
