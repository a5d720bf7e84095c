import { Query } from '@nestjs/cqrs';
import { PageRequest } from '../../shared/paging';
import { Page } from '../../shared/responses';
import { RecallLotResponse } from './list-recall-lots.response';

export class ListRecallLotsQuery extends Query<Page<RecallLotResponse>> {
  constructor(
    readonly recallId: string,
    readonly page: PageRequest,
  ) {
    super();
  }
}
