import { Query } from '@nestjs/cqrs';
import { UnitRef } from '@trace/domain';
import { WarrantyResponse } from '../warranty.responses';

export class GetUnitWarrantyQuery extends Query<WarrantyResponse> {
  constructor(
    readonly unit: UnitRef,
    readonly asOf: string | undefined,
  ) {
    super();
  }
}
