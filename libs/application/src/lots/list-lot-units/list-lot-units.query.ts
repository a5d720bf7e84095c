import { Query } from '@nestjs/cqrs';
import { Page } from '../../shared/responses';
import { UnitResponse } from '../../shared/unit-view';
import { LotUnitsFilter } from '../../shared/lot-units-filter';

export class ListLotUnitsQuery extends Query<Page<UnitResponse>> {
  constructor(
    readonly lotId: string,
    readonly filter: LotUnitsFilter,
  ) {
    super();
  }
}
