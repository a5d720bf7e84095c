import { Query } from '@nestjs/cqrs';
import { ProjectionsResponse } from './get-projections.response';

export class GetProjectionsQuery extends Query<ProjectionsResponse> {}
