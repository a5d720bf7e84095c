import { Query } from '@nestjs/cqrs';
import { UnitRef } from '@trace/domain';
import { UnitResponse } from '../../../shared/unit-view';
import { TimeClock } from '../time-clock';

/** Where a unit was by the clock: reached through `GET /v1/units/{sku}/{serial}?asOf=…&knownAt=…`. */
export class GetUnitAtQuery extends Query<UnitResponse> {
  constructor(
    readonly unit: UnitRef,
    readonly clock: TimeClock,
  ) {
    super();
  }
}
