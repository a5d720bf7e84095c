import { Query } from '@nestjs/cqrs';

/** Every lot of a recall as CSV lines. */
export class ExportRecallLotsQuery extends Query<AsyncIterable<string>> {
  constructor(readonly recallId: string) {
    super();
  }
}
