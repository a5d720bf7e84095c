import { Query } from '@nestjs/cqrs';
import { UnitRef } from '@trace/domain';
import { UnitWithRecallsResponse } from './get-unit.response';

export class GetUnitQuery extends Query<UnitWithRecallsResponse> {
  constructor(readonly unit: UnitRef) {
    super();
  }
}
