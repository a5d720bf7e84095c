import { Query } from '@nestjs/cqrs';
import { TimeClock } from '../../analytics/time-travel/time-clock';
import { LotGenealogyResponse } from './get-lot-genealogy.response';

/** A lot's genealogy now (read models), or by a clock (the lots' streams). */
export class GetLotGenealogyQuery extends Query<LotGenealogyResponse> {
  constructor(
    readonly lotId: string,
    readonly clock: TimeClock | null,
  ) {
    super();
  }
}
