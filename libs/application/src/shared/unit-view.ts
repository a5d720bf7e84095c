import { Inject, Injectable } from '@nestjs/common';
import { unitKey, UnitRef } from '@trace/domain';
import { unitsModel } from '@trace/projections';
import { READ_STORE, ReadDocument, ReadStore } from '@trace/read-store';
import { Page } from './paging';
import { MAX_ASSEMBLY_DEPTH } from './parent-chain';
import { serialsBySku } from './serials-by-sku';
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

/** Rows of these units in the units model, read in one query per SKU (the filter lists serials). */
async function unitRows(reads: ReadStore, units: UnitRef[]): Promise<Map<string, ReadDocument>> {
  const rows = new Map<string, ReadDocument>();
  for (const [sku, serials] of serialsBySku(units)) {
    for (const row of await reads.page(unitsModel.name, { where: { sku, serial: serials }, limit: serials.length })) rows.set(unitKey(refOf(row)), row);
  }
  return rows;
}

/**
 * The chain each unit is built into, nearest first, for rows of units, lineage strands or recall units: each
 * row names the unit's parent, so the chains of a whole page take one read per level of assembly above it.
 * Units built into nothing get none.
 */
export async function installedChains(reads: ReadStore, rows: Placed[]): Promise<Map<string, UnitRef[]>> {
  const parents = new Map<string, UnitRef | null>();
  const learn = (row: ReadDocument) => parents.set(unitKey(refOf(row)), (row.installedIn as UnitRef | null) ?? null);
  const installed = rows.filter((row) => typeof row.top === 'string' || row.installedIn).map(refOf);
  // A row that names the outermost unit but no parent is a strand written without it: the units model knows.
  for (const row of rows) if (row.installedIn || ('installedIn' in row && typeof row.top !== 'string')) learn(row);
  // Level by level up the chains: read the rows of the units whose parent is not known yet, then go to the parents.
  let level = installed;
  for (let depth = 0; level.length; depth++) {
    if (depth > MAX_ASSEMBLY_DEPTH) throw new Error(`a parent chain is deeper than ${MAX_ASSEMBLY_DEPTH}`);
    const unread = level.filter((unit) => !parents.has(unitKey(unit)));
    if (unread.length) for (const row of (await unitRows(reads, unread)).values()) learn(row);
    const up = level.flatMap((unit) => parents.get(unitKey(unit)) ?? []);
    level = [...new Map(up.map((unit) => [unitKey(unit), unit])).values()];
  }
  const chains = new Map<string, UnitRef[]>();
  for (const unit of installed) {
    const chain: UnitRef[] = [];
    for (let parent = parents.get(unitKey(unit)); parent && chain.length <= MAX_ASSEMBLY_DEPTH; parent = parents.get(unitKey(parent))) chain.push(parent);
    if (chain.length) chains.set(unitKey(unit), chain);
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
