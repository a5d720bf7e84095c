import { Query } from '@nestjs/cqrs';
import { CountReportResponse } from './get-count.response';

export class GetCountQuery extends Query<CountReportResponse> {
  constructor(
    readonly countId: string,
    /** The caller may see a blind count's numbers while it is open. */
    readonly revealed: boolean,
  ) {
    super();
  }
}
