import { Query } from '@nestjs/cqrs';
import { LotResponse } from './get-lot.response';

export class GetLotQuery extends Query<LotResponse> {
  constructor(readonly lotId: string) {
    super();
  }
}
