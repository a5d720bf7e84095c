import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { lotOrigin, NotFound, unitKey, UnitRef } from '@trace/domain';
import { LineageDocument, lineageModel, lotsModel } from '@trace/projections';
import { getDocument, keyOf, pageDocuments, READ_STORE, ReadStore, Where } from '@trace/read-store';
import { pageOf } from '../../shared/paging';
import { Page } from '../../shared/responses';
import { installedChains } from '../../shared/unit-view';
import { TraceLotQuery } from './trace-lot.query';
import { TracedUnitResponse } from './trace-lot.response';

/** Groups consecutive strands of one unit (the key orders them together) into one item. */
function grouped(rows: LineageDocument[], chains: Map<string, UnitRef[]>): TracedUnitResponse[] {
  const items: TracedUnitResponse[] = [];
  for (const row of rows) {
    const last = items[items.length - 1];
    const via = { how: row.how, path: row.path };
    if (last && last.sku === row.sku && last.serial === row.serial) {
      last.via.push(via);
      continue;
    }
    // Spelled out rather than spread: spreading into an object literal made this loop ten times slower.
    items.push({
      sku: row.sku,
      serial: row.serial,
      status: row.status,
      location: row.location,
      custodian: row.custodian,
      customer: row.customer,
      destination: row.destination,
      container: row.container,
      installedIn: chains.get(unitKey(row)) ?? null,
      via: [via],
    });
  }
  return items;
}

@QueryHandler(TraceLotQuery)
export class TraceLotHandler implements IQueryHandler<TraceLotQuery> {
  constructor(@Inject(READ_STORE) private readonly reads: ReadStore) {}

  async execute({ lotId, filter }: TraceLotQuery): Promise<Page<TracedUnitResponse>> {
    if (!(await getDocument(this.reads, lotsModel, { lotId }))) throw new NotFound(`lot ${lotId} not found`);
    const origin = lotOrigin(lotId);
    const where: Where<LineageDocument> = { origin };
    if (filter.status) where.status = filter.status;
    if (filter.location) where.location = filter.location;
    const page = await pageOf(this.reads, lineageModel, where, filter);
    const rows = await this.completeLastUnit(page, origin);
    return { items: grouped(rows, await installedChains(this.reads, rows)), nextCursor: page.nextCursor };
  }

  /** A unit reached by several paths may straddle the page end: its remaining strands join this page. */
  private async completeLastUnit(page: Page<LineageDocument>, origin: string): Promise<LineageDocument[]> {
    const last = page.items[page.items.length - 1];
    if (!page.nextCursor || !last) return page.items;
    // Strands of one unit share its status and location, so the key prefix alone finds exactly the rest.
    const rest = await pageDocuments(this.reads, lineageModel, { origin, sku: last.sku, serial: last.serial }, 1000, keyOf(lineageModel, last));
    return [...page.items, ...rest];
  }
}
