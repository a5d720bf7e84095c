import { Query } from '@nestjs/cqrs';
import { Page } from '../../shared/responses';
import { ListContainersRequest } from './list-containers.request';
import { ContainerSummaryResponse } from './list-containers.response';

/** Containers by location, status and custodian, in containerId order. */
export class ListContainersQuery extends Query<Page<ContainerSummaryResponse>> {
  constructor(readonly filter: ListContainersRequest) {
    super();
  }
}
