import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { Page } from '../../../shared/responses';
import { UnitResponse } from '../../../shared/unit-view';
import { TimeTravel } from '../time-travel';
import { ListLotUnitsAtQuery } from './list-lot-units-at.query';

/** Served from the location-intervals read model. */
@QueryHandler(ListLotUnitsAtQuery)
export class ListLotUnitsAtHandler implements IQueryHandler<ListLotUnitsAtQuery> {
  constructor(private readonly timeTravel: TimeTravel) {}

  execute({ lotId, clock, filter }: ListLotUnitsAtQuery): Promise<Page<UnitResponse>> {
    return this.timeTravel.lotUnits(lotId, clock, filter);
  }
}
