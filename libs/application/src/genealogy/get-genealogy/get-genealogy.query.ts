import { UnitRef } from '@trace/domain';

export class GetGenealogyQuery {
  constructor(readonly unit: UnitRef) {}
}
