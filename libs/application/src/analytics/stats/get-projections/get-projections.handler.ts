import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { ProjectionsReport, ProjectionStatuses } from '../projection-status';
import { GetProjectionsQuery } from './get-projections.query';

@QueryHandler(GetProjectionsQuery)
export class GetProjectionsHandler implements IQueryHandler<GetProjectionsQuery, ProjectionsReport> {
  constructor(private readonly statuses: ProjectionStatuses) {}

  execute(): Promise<ProjectionsReport> {
    return this.statuses.report();
  }
}
