import { ListLotUnitsDto } from '../../lots/list-lot-units/list-lot-units.dto';

/** Units that came from a lot at any depth: made from it, consumed it, or contain such a unit. */
export class TraceLotQuery {
  constructor(
    readonly lotId: string,
    readonly filter: ListLotUnitsDto,
  ) {}
}
