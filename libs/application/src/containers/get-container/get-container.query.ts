import { Query } from '@nestjs/cqrs';
import { PageRequest } from '../../shared/paging';
import { ContainerResponse } from './get-container.response';

export class GetContainerQuery extends Query<ContainerResponse> {
  constructor(
    readonly containerId: string,
    readonly page: PageRequest,
  ) {
    super();
  }
}
