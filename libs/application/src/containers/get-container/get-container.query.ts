import { PageParams } from '../../shared/paging';

export class GetContainerQuery {
  constructor(
    readonly containerId: string,
    readonly page: PageParams,
  ) {}
}
