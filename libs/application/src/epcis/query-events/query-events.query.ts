import { Query } from '@nestjs/cqrs';
import { EpcisEventFilter } from '../query/epcis-event-filter';
import { EpcisQueryAnswer } from '../query/epcis-query-answer';

export class QueryEventsQuery extends Query<EpcisQueryAnswer> {
  constructor(
    readonly filter: EpcisEventFilter,
    readonly perPage: number,
    readonly after: number,
  ) {
    super();
  }
}
