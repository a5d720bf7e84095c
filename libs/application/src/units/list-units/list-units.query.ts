import { Query } from '@nestjs/cqrs';
import { UnitStatus } from '@trace/domain';
import { PageRequest } from '../../shared/paging';
import { Page } from '../../shared/responses';
import { UnitResponse } from '../../shared/unit-view';

/** What a units list filters on: each given field must be equal (for a unit built into others, the outermost's placement). */
export interface UnitsFilter {
  sku?: string;
  status?: UnitStatus;
  location?: string;
  customer?: string;
  custodian?: string;
  lotId?: string;
}

/** Units now, by the filter, in (sku, serial) order. */
export class ListUnitsQuery extends Query<Page<UnitResponse>> {
  constructor(readonly filter: UnitsFilter & PageRequest) {
    super();
  }
}
