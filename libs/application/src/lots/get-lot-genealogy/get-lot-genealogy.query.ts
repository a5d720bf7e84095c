import { Query } from '@nestjs/cqrs';
import { LotGenealogyResponse } from './get-lot-genealogy.response';

export class GetLotGenealogyQuery extends Query<LotGenealogyResponse> {
  constructor(readonly lotId: string) {
    super();
  }
}
