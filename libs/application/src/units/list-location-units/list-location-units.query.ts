import { Query } from '@nestjs/cqrs';
import { PageRequest } from '../../shared/paging';
import { Page } from '../../shared/responses';
import { UnitResponse } from '../../shared/unit-view';

export class ListLocationUnitsQuery extends Query<Page<UnitResponse>> {
  constructor(
    readonly location: string,
    readonly page: PageRequest,
  ) {
    super();
  }
}
