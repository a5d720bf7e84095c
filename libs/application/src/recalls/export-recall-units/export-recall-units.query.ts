import { Query } from '@nestjs/cqrs';
import { RecallUnitsFilter } from '../recall-units-filter';

/** The answer: the CSV's records, header first, produced as they are read. */
export class ExportRecallUnitsQuery extends Query<AsyncIterable<string>> {
  constructor(
    readonly recallId: string,
    readonly filter: RecallUnitsFilter,
  ) {
    super();
  }
}
