import { PageQueryDto } from '../../shared/paging';

export class GetContainerQuery {
  constructor(
    readonly containerId: string,
    readonly page: PageQueryDto,
  ) {}
}
