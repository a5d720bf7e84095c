import { Query } from '@nestjs/cqrs';
import { UnitRef } from '@trace/domain';
import { GenealogyResponse } from './get-genealogy.response';

/** A unit's components and lots at any depth, and the units it is built into. */
export class GetGenealogyQuery extends Query<GenealogyResponse> {
  constructor(readonly unit: UnitRef) {
    super();
  }
}
