import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { ProjectionStatuses } from '../stats/projection-status';
import { GetProjectionsQuery } from './get-projections.query';
import { ProjectionsResponse } from './get-projections.response';

/** Served by ProjectionStatuses, which `trace stats` prints too. */
@QueryHandler(GetProjectionsQuery)
export class GetProjectionsHandler implements IQueryHandler<GetProjectionsQuery> {
  constructor(private readonly statuses: ProjectionStatuses) {}

  execute(): Promise<ProjectionsResponse> {
    return this.statuses.report();
  }
}
