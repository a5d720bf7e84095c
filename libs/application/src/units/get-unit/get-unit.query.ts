import { UnitRef } from '@trace/domain';

export class GetUnitQuery {
  constructor(readonly unit: UnitRef) {}
}
