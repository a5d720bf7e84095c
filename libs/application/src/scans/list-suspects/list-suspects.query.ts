import { Query } from '@nestjs/cqrs';
import { PageRequest } from '../../shared/paging';
import { Page } from '../../shared/responses';
import { SuspectResponse } from './list-suspects.response';

/** Suspicions, open ones only unless asked, by unit. */
export class ListSuspectsQuery extends Query<Page<SuspectResponse>> {
  constructor(readonly filter: { sku?: string; includeCleared?: boolean } & PageRequest) {
    super();
  }
}
