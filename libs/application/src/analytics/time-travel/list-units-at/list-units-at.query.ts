import { Query } from '@nestjs/cqrs';
import { PageRequest } from '../../../shared/paging';
import { Page } from '../../../shared/responses';
import { UnitResponse } from '../../../shared/unit-view';
import { UnitsFilter } from '../../../units/list-units/list-units.query';
import { TimeClock } from '../time-clock';

/** Units of a SKU and/or a lot with where each was by the clock, narrowed by where they were then. */
export class ListUnitsAtQuery extends Query<Page<UnitResponse>> {
  constructor(
    readonly filter: UnitsFilter & PageRequest,
    readonly clock: TimeClock,
  ) {
    super();
  }
}
