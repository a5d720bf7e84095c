import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { UnitWhereabouts } from '../time-clock';
import { TimeTravel } from '../time-travel';
import { GetUnitAtQuery } from './get-unit-at.query';

/** `GET /v1/units/{sku}/{serial}?asOf=…&knownAt=…`: folded from the unit's stream, complete as soon as a command answered. */
@QueryHandler(GetUnitAtQuery)
export class GetUnitAtHandler implements IQueryHandler<GetUnitAtQuery, UnitWhereabouts> {
  constructor(private readonly timeTravel: TimeTravel) {}

  execute({ unit, clock }: GetUnitAtQuery): Promise<UnitWhereabouts> {
    return this.timeTravel.unit(unit, clock);
  }
}
