import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { Page } from '../../shared/responses';
import { RecallLots } from '../recall-lots';
import { ListRecallLotsQuery } from './list-recall-lots.query';
import { RecallLotResponse } from './list-recall-lots.response';

@QueryHandler(ListRecallLotsQuery)
export class ListRecallLotsHandler implements IQueryHandler<ListRecallLotsQuery> {
  constructor(private readonly lots: RecallLots) {}

  execute({ recallId, page }: ListRecallLotsQuery): Promise<Page<RecallLotResponse>> {
    return this.lots.page(recallId, page);
  }
}
