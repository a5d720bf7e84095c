import { Query } from '@nestjs/cqrs';
import { LotUnitsFilter } from '../../../shared/lot-units-filter';
import { Page } from '../../../shared/responses';
import { UnitResponse } from '../../../shared/unit-view';
import { TimeClock } from '../time-clock';

/** A lot's units where they were by the clock: reached through `GET /v1/lots/{lotId}/units?asOf=…&knownAt=…`. */
export class ListLotUnitsAtQuery extends Query<Page<UnitResponse>> {
  constructor(
    readonly lotId: string,
    readonly clock: TimeClock,
    readonly filter: LotUnitsFilter,
  ) {
    super();
  }
}
