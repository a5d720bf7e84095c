import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { Page } from '../../shared/responses';
import { RecallUnits } from '../recall-units';
import { ListRecallUnitsQuery } from './list-recall-units.query';
import { RecallUnitResponse } from './list-recall-units.response';

@QueryHandler(ListRecallUnitsQuery)
export class ListRecallUnitsHandler implements IQueryHandler<ListRecallUnitsQuery> {
  constructor(private readonly units: RecallUnits) {}

  execute({ recallId, filter }: ListRecallUnitsQuery): Promise<Page<RecallUnitResponse>> {
    return this.units.page(recallId, filter);
  }
}
