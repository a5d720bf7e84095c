import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { UnitResponse } from '../../../shared/unit-view';
import { TimeTravel } from '../time-travel';
import { GetUnitAtQuery } from './get-unit-at.query';

/** Folded from the unit's stream, complete as soon as a command answered. */
@QueryHandler(GetUnitAtQuery)
export class GetUnitAtHandler implements IQueryHandler<GetUnitAtQuery> {
  constructor(private readonly timeTravel: TimeTravel) {}

  execute({ unit, clock }: GetUnitAtQuery): Promise<UnitResponse> {
    return this.timeTravel.unit(unit, clock);
  }
}
