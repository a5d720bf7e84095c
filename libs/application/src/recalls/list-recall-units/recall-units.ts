import { Inject, Injectable } from '@nestjs/common';
import { recallsModel, recallUnitsModel } from '@trace/projections';
import { NotFound, unitKey, UnitRef } from '@trace/domain';
import { Key, READ_STORE, ReadDocument, ReadStore } from '@trace/read-store';
import { allPages, Page, pageOf, PageQueryDto } from '../../shared/paging';
import { installedChains } from '../../shared/unit-view';
import { RecallUnitsFilterDto } from './list-recall-units.dto';
import { nullableText } from '../../shared/nullable';

/** A unit a recall holds or held: its resolution, and where it is now (for one built into others, where the outermost is). */
export interface RecallUnitView {
  recallId: string;
  sku: string;
  serial: string;
  state: string;
  origin: string;
  recalledAt: string;
  /** When the hold was recorded in the unit's history; null until the recall reactor reached it. */
  quarantinedAt: string | null;
  action: string | null;
  note: string | null;
  resolvedAt: string | null;
  status: string | null;
  location: string | null;
  custodian: string | null;
  customer: string | null;
  destination: string | null;
  container: string | null;
  /** The units it is built into, nearest first up to the outermost, whose whereabouts are shown. */
  installedIn: UnitRef[] | null;
}

function recallUnitView(row: ReadDocument, installedIn: UnitRef[] | null): RecallUnitView {
  return {
    recallId: String(row.recallId),
    sku: String(row.sku),
    serial: String(row.serial),
    state: String(row.state),
    origin: String(row.origin),
    recalledAt: String(row.recalledAt),
    quarantinedAt: nullableText(row.quarantinedAt),
    action: nullableText(row.action),
    note: nullableText(row.note),
    resolvedAt: nullableText(row.resolvedAt),
    status: nullableText(row.status),
    location: nullableText(row.location),
    custodian: nullableText(row.custodian),
    customer: nullableText(row.customer),
    destination: nullableText(row.destination),
    container: nullableText(row.container),
    installedIn,
  };
}

/** Units a recall holds, filtered by state and location: a page at a time, or all of them as a stream. */
@Injectable()
export class RecallUnits {
  constructor(@Inject(READ_STORE) private readonly reads: ReadStore) {}

  async page(recallId: string, filter: RecallUnitsFilterDto & PageQueryDto): Promise<Page<RecallUnitView>> {
    const page = await pageOf(this.reads, recallUnitsModel, await this.where(recallId, filter), filter, (row) => row);
    return { items: await this.views(page.items), nextCursor: page.nextCursor };
  }

  /** Every matching unit, read a page at a time so memory stays flat whatever the recall's size. */
  async *all(recallId: string, filter: RecallUnitsFilterDto): AsyncGenerator<RecallUnitView> {
    for await (const page of allPages(this.reads, recallUnitsModel, await this.where(recallId, filter))) yield* await this.views(page);
  }

  private async views(rows: ReadDocument[]): Promise<RecallUnitView[]> {
    const chains = await installedChains(this.reads, rows);
    return rows.map((row) => recallUnitView(row, chains.get(unitKey({ sku: String(row.sku), serial: String(row.serial) })) ?? null));
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
