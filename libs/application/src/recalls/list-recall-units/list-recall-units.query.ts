import { Query } from '@nestjs/cqrs';
import { PageRequest } from '../../shared/paging';
import { Page } from '../../shared/responses';
import { RecallUnitsFilter } from '../recall-units-filter';
import { RecallUnitResponse } from './list-recall-units.response';

export class ListRecallUnitsQuery extends Query<Page<RecallUnitResponse>> {
  constructor(
    readonly recallId: string,
    readonly filter: RecallUnitsFilter & PageRequest,
  ) {
    super();
  }
}
