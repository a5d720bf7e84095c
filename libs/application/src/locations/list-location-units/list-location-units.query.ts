import { PageParams } from '../../shared/paging';

export class ListLocationUnitsQuery {
  constructor(
    readonly location: string,
    readonly page: PageParams,
  ) {}
}
