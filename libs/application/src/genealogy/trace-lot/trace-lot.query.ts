import { Query } from '@nestjs/cqrs';
import { LotUnitsFilter } from '../../shared/lot-units-filter';
import { Page } from '../../shared/responses';
import { TracedUnitResponse } from './trace-lot.response';

/** Units that came from a lot at any depth: made from it, consumed it, or contain such a unit. */
export class TraceLotQuery extends Query<Page<TracedUnitResponse>> {
  constructor(
    readonly lotId: string,
    readonly filter: LotUnitsFilter,
  ) {
    super();
  }
}
