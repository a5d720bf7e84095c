import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { Page } from '../../shared/responses';
import { CountDiscrepancies } from '../count-discrepancies';
import { ListCountDiscrepanciesQuery } from './list-count-discrepancies.query';
import { DiscrepancyResponse } from './list-count-discrepancies.response';

@QueryHandler(ListCountDiscrepanciesQuery)
export class ListCountDiscrepanciesHandler implements IQueryHandler<ListCountDiscrepanciesQuery> {
  constructor(private readonly discrepancies: CountDiscrepancies) {}

  execute({ countId, filter, revealed }: ListCountDiscrepanciesQuery): Promise<Page<DiscrepancyResponse>> {
    return this.discrepancies.page(countId, filter.kind, filter, revealed);
  }
}
