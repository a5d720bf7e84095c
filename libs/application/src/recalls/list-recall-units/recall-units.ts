import { Inject, Injectable } from '@nestjs/common';
import { recallsModel, recallUnitsModel } from '@trace/projections';
import { NotFound } from '@trace/domain';
import { Key, READ_STORE, ReadDocument, ReadStore } from '@trace/read-store';
import { allRows, Page, pageOf, PageQueryDto } from '../../shared/paging';
import { RecallUnitsFilterDto } from './list-recall-units.dto';

/** Units a recall holds, filtered by state and location: a page at a time, or all of them as a stream. */
@Injectable()
export class RecallUnits {
  constructor(@Inject(READ_STORE) private readonly reads: ReadStore) {}

  async page(recallId: string, filter: RecallUnitsFilterDto & PageQueryDto): Promise<Page<ReadDocument>> {
    return pageOf(this.reads, recallUnitsModel, await this.where(recallId, filter), filter, (row) => row);
  }

  /** Every matching unit, read a page at a time so memory stays flat whatever the recall's size. */
  async *all(recallId: string, filter: RecallUnitsFilterDto): AsyncGenerator<ReadDocument> {
    yield* allRows(this.reads, recallUnitsModel, await this.where(recallId, filter));
  }

  private async where(recallId: string, filter: RecallUnitsFilterDto): Promise<Key> {
    if (!(await this.reads.get(recallsModel.name, { recallId }))) throw new NotFound(`recall ${recallId} not found`);
    const where: Key = { recallId };
    if (filter.state) where.state = filter.state;
    if (filter.location) where.location = filter.location;
    if (filter.container) where.container = filter.container;
    return where;
  }
}
