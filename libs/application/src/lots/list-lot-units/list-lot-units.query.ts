import { ListLotUnitsDto } from './list-lot-units.dto';

export class ListLotUnitsQuery {
  constructor(
    readonly lotId: string,
    readonly filter: ListLotUnitsDto,
  ) {}
}
