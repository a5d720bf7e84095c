import { Query } from '@nestjs/cqrs';
import { DiscrepancyKind } from '@trace/projections';

/** The answer: the CSV's records, header first, produced as they are read. */
export class ExportCountDiscrepanciesQuery extends Query<AsyncIterable<string>> {
  constructor(
    readonly countId: string,
    readonly kind: DiscrepancyKind | undefined,
    readonly revealed: boolean,
  ) {
    super();
  }
}
