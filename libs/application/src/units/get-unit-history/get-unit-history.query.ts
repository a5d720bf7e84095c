import { UnitRef } from '@trace/domain';

export class GetUnitHistoryQuery {
  constructor(readonly unit: UnitRef) {}
}
