import { Query } from '@nestjs/cqrs';
import { Page } from '../../shared/responses';
import { ListCountDiscrepanciesRequest } from './list-count-discrepancies.request';
import { DiscrepancyResponse } from './list-count-discrepancies.response';

export class ListCountDiscrepanciesQuery extends Query<Page<DiscrepancyResponse>> {
  constructor(
    readonly countId: string,
    readonly filter: ListCountDiscrepanciesRequest,
    readonly revealed: boolean,
  ) {
    super();
  }
}
