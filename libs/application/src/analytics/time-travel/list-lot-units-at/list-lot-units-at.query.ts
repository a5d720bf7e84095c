import { TimeClock } from '../time-clock';
import { LotUnitsAtQuery } from '../time-travel';

export class ListLotUnitsAtQuery {
  constructor(
    readonly lotId: string,
    readonly clock: TimeClock,
    readonly filter: LotUnitsAtQuery & { transitive?: boolean },
  ) {}
}
