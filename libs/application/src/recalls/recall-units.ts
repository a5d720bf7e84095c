import { Inject, Injectable } from '@nestjs/common';
import { recallsModel, RecallUnitDocument, recallUnitsModel } from '@trace/projections';
import { NotFound, unitKey, UnitRef } from '@trace/domain';
import { getDocument, READ_STORE, ReadStore, Where } from '@trace/read-store';
import { allPages, pageOf, PageRequest } from '../shared/paging';
import { Page } from '../shared/responses';
import { installedChains } from '../shared/unit-view';
import { RecallUnitResponse } from './list-recall-units/list-recall-units.response';
import { RecallUnitsFilter } from './recall-units-filter';

function recallUnitView(row: RecallUnitDocument, installedIn: UnitRef[] | null): RecallUnitResponse {
  return {
    recallId: row.recallId,
    sku: row.sku,
    serial: row.serial,
    state: row.state,
    origin: row.origin,
    recalledAt: row.recalledAt,
    quarantinedAt: row.quarantinedAt,
    action: row.action,
    note: row.note,
    resolvedAt: row.resolvedAt,
    status: row.status,
    location: row.location,
    custodian: row.custodian,
    customer: row.customer,
    destination: row.destination,
    container: row.container,
    installedIn,
  };
}

/** Units a recall holds, filtered by state, location, container, status and customer: a page at a time, or all of them as a stream. */
@Injectable()
export class RecallUnits {
  constructor(@Inject(READ_STORE) private readonly reads: ReadStore) {}

  async page(recallId: string, filter: RecallUnitsFilter & PageRequest): Promise<Page<RecallUnitResponse>> {
    const page = await pageOf(this.reads, recallUnitsModel, await this.where(recallId, filter), filter);
    return { items: await this.views(page.items), nextCursor: page.nextCursor };
  }

  /** Every matching unit, read a page at a time so memory stays flat whatever the recall's size. */
  async *all(recallId: string, filter: RecallUnitsFilter): AsyncGenerator<RecallUnitResponse> {
    for await (const page of allPages(this.reads, recallUnitsModel, await this.where(recallId, filter))) yield* await this.views(page);
  }

  private async views(rows: RecallUnitDocument[]): Promise<RecallUnitResponse[]> {
    const chains = await installedChains(this.reads, rows);
    return rows.map((row) => recallUnitView(row, chains.get(unitKey(row)) ?? null));
  }

  private async where(recallId: string, filter: RecallUnitsFilter): Promise<Where<RecallUnitDocument>> {
    if (!(await getDocument(this.reads, recallsModel, { recallId }))) throw new NotFound(`recall ${recallId} not found`);
    const where: Where<RecallUnitDocument> = { recallId };
    if (filter.state) where.state = filter.state;
    if (filter.location) where.location = filter.location;
    if (filter.container) where.container = filter.container;
    if (filter.status) where.status = filter.status;
    if (filter.customer) where.customer = filter.customer;
    return where;
  }
}
