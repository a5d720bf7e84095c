import { Query } from '@nestjs/cqrs';
import { TimeClock } from '../../analytics/time-travel/time-clock';
import { LotStockResponse } from './get-lot-stock.response';

/** A lot's quantities now (read models), or by a clock (its stream, folded by the lot decider). */
export class GetLotStockQuery extends Query<LotStockResponse> {
  constructor(
    readonly lotId: string,
    readonly clock: TimeClock | null,
  ) {
    super();
  }
}
