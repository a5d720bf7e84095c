import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { lotOrigin, NotFound, unitKey, UnitRef } from '@trace/domain';
import { lineageModel, lotsModel } from '@trace/projections';
import { Key, READ_STORE, ReadDocument, ReadStore } from '@trace/read-store';
import { keyOf, Page, pageOf } from '../../shared/paging';
import { installedChains } from '../../shared/unit-view';
import { TraceLotQuery } from './trace-lot.query';
import { nullableText } from '../../shared/nullable';

export interface TracedUnit {
  sku: string;
  serial: string;
  /** For a unit built into others, status, location, custodian, customer and destination are those of the outermost one. */
  status: string;
  location: string | null;
  custodian: string | null;
  customer: string | null;
  destination: string | null;
  /** The container the unit is packed in, if any. */
  container: string | null;
  /** The units it is built into, nearest first up to the outermost. */
  installedIn: UnitRef[] | null;
  /** Every chain from the lot to this unit: `how` the lot entered, then the units from first holder to this one. */
  via: Array<{ how: string; path: UnitRef[] }>;
}

/** Groups consecutive strands of one unit (the key orders them together) into one item. */
function grouped(rows: ReadDocument[], chains: Map<string, UnitRef[]>): TracedUnit[] {
  const items: TracedUnit[] = [];
  for (const row of rows) {
    const last = items[items.length - 1];
    const via = { how: row.how as string, path: row.path as UnitRef[] };
    if (last && last.sku === row.sku && last.serial === row.serial) {
      last.via.push(via);
      continue;
    }
    const sku = String(row.sku);
    const serial = String(row.serial);
    // Spelled out rather than spread: spreading into an object literal made this loop ten times slower.
    items.push({
      sku,
      serial,
      status: String(row.status),
      location: nullableText(row.location),
      custodian: nullableText(row.custodian),
      customer: nullableText(row.customer),
      destination: nullableText(row.destination),
      container: nullableText(row.container),
      installedIn: chains.get(unitKey({ sku, serial })) ?? null,
      via: [via],
    });
  }
  return items;
}

@QueryHandler(TraceLotQuery)
export class TraceLotHandler implements IQueryHandler<TraceLotQuery, Page<TracedUnit>> {
  constructor(@Inject(READ_STORE) private readonly reads: ReadStore) {}

  async execute({ lotId, filter }: TraceLotQuery): Promise<Page<TracedUnit>> {
    if (!(await this.reads.get(lotsModel.name, { lotId }))) throw new NotFound(`lot ${lotId} not found`);
    const where: Key = { origin: lotOrigin(lotId) };
    if (filter.status) where.status = filter.status;
    if (filter.location) where.location = filter.location;
    const page = await pageOf(this.reads, lineageModel, where, filter, (row) => row);
    const rows = await this.completeLastUnit(page, where.origin as string);
    return { items: grouped(rows, await installedChains(this.reads, rows)), nextCursor: page.nextCursor };
  }

  /** A unit reached by several paths may straddle the page end: its remaining strands join this page. */
  private async completeLastUnit(page: Page<ReadDocument>, origin: string): Promise<ReadDocument[]> {
    const last = page.items[page.items.length - 1];
    if (!page.nextCursor || !last) return page.items;
    const unit = { sku: last.sku as string, serial: last.serial as string };
    const after = keyOf(lineageModel, last);
    // Strands of one unit share its status and location, so the key prefix alone finds exactly the rest.
    const rest = await this.reads.page(lineageModel.name, { where: { origin, ...unit }, limit: 1000, after });
    return [...page.items, ...rest];
  }
}
