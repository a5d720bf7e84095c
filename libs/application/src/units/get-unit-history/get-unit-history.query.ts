import { Query } from '@nestjs/cqrs';
import { UnitRef } from '@trace/domain';
import { UnitHistoryResponse } from './get-unit-history.response';

export class GetUnitHistoryQuery extends Query<UnitHistoryResponse> {
  constructor(readonly unit: UnitRef) {
    super();
  }
}
