import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { InvalidInput } from '@trace/domain';
import { Page } from '../../../shared/paging';
import { UnitWhereabouts } from '../time-clock';
import { TimeTravel } from '../time-travel';
import { ListLotUnitsAtQuery } from './list-lot-units-at.query';

/** `GET /v1/lots/{lotId}/units?asOf=…&knownAt=…`: served from the location-intervals read model. */
@QueryHandler(ListLotUnitsAtQuery)
export class ListLotUnitsAtHandler implements IQueryHandler<ListLotUnitsAtQuery, Page<UnitWhereabouts>> {
  constructor(private readonly timeTravel: TimeTravel) {}

  execute({ lotId, clock, filter }: ListLotUnitsAtQuery): Promise<Page<UnitWhereabouts>> {
    if (filter.transitive) throw InvalidInput.field('transitive', 'cannot be combined with asOf or knownAt');
    return this.timeTravel.lotUnits(lotId, clock, filter);
  }
}
