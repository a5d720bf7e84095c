import { Inject, Injectable } from '@nestjs/common';
import { tokenUnit, unitKey, unitOrigin, UnitRef } from '@trace/domain';
import { lineageModel } from '@trace/projections';
import { READ_STORE, ReadDocument, ReadStore } from '@trace/read-store';
import { Page } from './paging';
import { nullableText } from './nullable';

export interface UnitView {
  sku: string;
  serial: string;
  lotId: string | null;
  /** For a unit built into others, status, location, custodian, customer and destination are those of the outermost one. */
  status: string;
  location: string | null;
  custodian: string | null;
  customer: string | null;
  /** The party it is on its way to, while in transit. */
  destination: string | null;
  /** The units this one is built into, nearest first: its parent, then the parent's parent, up to the outermost. */
  installedIn: UnitRef[] | null;
  /** The container the unit is packed in, if any; where it is and who holds it are that container's. */
  container: string | null;
  lastEventAt: string;
  revision: number;
}

/** The public shape of a unit's row: the read model's bookkeeping (position, top) stays inside. */
export const unitView = (document: ReadDocument, installedIn: UnitRef[] | null): UnitView => ({
  sku: String(document.sku),
  serial: String(document.serial),
  lotId: nullableText(document.lotId),
  status: String(document.status),
  location: nullableText(document.location),
  custodian: nullableText(document.custodian),
  customer: nullableText(document.customer),
  destination: nullableText(document.destination),
  installedIn,
  container: nullableText(document.container),
  lastEventAt: String(document.lastEventAt),
  revision: Number(document.revision),
});

/** A row naming a unit and, when it is built into others, the outermost one (`top`) or its parent (older rows). */
type Placed = ReadDocument & { sku?: unknown; serial?: unknown; top?: unknown; installedIn?: unknown };

const refOf = (row: Placed): UnitRef => ({ sku: String(row.sku), serial: String(row.serial) });

/**
 * The chain each unit is built into, for rows of units, lineage strands or recall units: the outermost unit's
 * lineage holds the path from each unit inside it up to itself, so one indexed read per outermost unit gives the
 * chains of a whole page. Rows from before `top` existed name only the parent.
 */
export async function installedChains(reads: ReadStore, rows: Placed[]): Promise<Map<string, UnitRef[]>> {
  const chains = new Map<string, UnitRef[]>();
  const byTop = new Map<string, UnitRef[]>();
  for (const row of rows) {
    if (typeof row.top === 'string') byTop.set(row.top, [...(byTop.get(row.top) ?? []), refOf(row)]);
    else if (row.installedIn) chains.set(unitKey(refOf(row)), [row.installedIn as UnitRef]);
  }
  for (const [token, inside] of byTop) {
    const top = tokenUnit(token);
    const origins = [...new Set(inside.map(unitOrigin))];
    const strands = await reads.page(lineageModel.name, { where: { origin: origins, sku: top.sku, serial: top.serial }, limit: origins.length });
    for (const strand of strands) {
      const path = strand.path as UnitRef[];
      chains.set(unitKey(path[0]), path.slice(1));
    }
  }
  return chains;
}

/** Units as the API shows them, with the chain each is built into. */
@Injectable()
export class UnitViews {
  constructor(@Inject(READ_STORE) private readonly reads: ReadStore) {}

  async of(documents: ReadDocument[]): Promise<UnitView[]> {
    const chains = await installedChains(this.reads, documents);
    return documents.map((document) => unitView(document, chains.get(unitKey(refOf(document))) ?? null));
  }

  async page(page: Page<ReadDocument>): Promise<Page<UnitView>> {
    return { items: await this.of(page.items), nextCursor: page.nextCursor };
  }
}
