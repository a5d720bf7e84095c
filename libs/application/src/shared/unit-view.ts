import { Inject, Injectable } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { MAX_ASSEMBLY_DEPTH, UNIT_STATUSES, unitKey, UnitRef, WARRANTY_STATUSES, warrantyStatus, WarrantyStatus } from '@trace/domain';
import { PlacedRow, UnitDocument, unitsModel } from '@trace/projections';
import { pageDocuments, READ_STORE, ReadStore } from '@trace/read-store';
import { Page, UnitRefResponse } from './responses';
import { serialsBySku } from './serials-by-sku';

/** A unit's warranty at a glance (`GET /v1/units/{sku}/{serial}/warranty` has the rest). */
export class UnitWarrantyResponse {
  @ApiProperty({ enum: WARRANTY_STATUSES, description: 'none before it starts, or for a product without terms' })
  status: WarrantyStatus;

  @ApiProperty({ type: String, nullable: true, description: 'Exclusive: active while t < endsAt' })
  endsAt: string | null;
}

/** A unit's warranty as its row keeps it, at an instant. */
export function warrantyView(row: Pick<UnitDocument, 'warrantyStartsAt' | 'warrantyEndsAt' | 'warrantyVoided'>, at: string): UnitWarrantyResponse {
  if (row.warrantyStartsAt === null || row.warrantyStartsAt === undefined || row.warrantyEndsAt === null) return { status: 'none', endsAt: null };
  const warranty = {
    basis: 'sale' as const,
    startsAt: row.warrantyStartsAt,
    endsAt: row.warrantyEndsAt,
    extensions: [],
    voided: row.warrantyVoided ? { reason: '' } : null,
  };
  return { status: warrantyStatus(warranty, at), endsAt: row.warrantyEndsAt };
}

/** A unit as the API shows it. */
export class UnitResponse {
  @ApiProperty({ example: 'PUMP-200' })
  sku: string;

  @ApiProperty({ example: 'SN-000123' })
  serial: string;

  @ApiProperty({ type: String, nullable: true, example: 'LOT-2026-11-A' })
  lotId: string | null;

  @ApiProperty({ enum: UNIT_STATUSES, description: 'For a unit built into others, this and the whereabouts below are those of the outermost one' })
  status: string;

  @ApiProperty({ type: String, nullable: true, example: 'WH-A' })
  location: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'The party holding it; null means the company itself' })
  custodian: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'Who bought it, while sold' })
  customer: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'The party it is on its way to, while in transit' })
  destination: string | null;

  @ApiProperty({ type: [UnitRefResponse], nullable: true, description: 'The units it is built into, nearest first, up to the outermost' })
  installedIn: UnitRef[] | null;

  @ApiProperty({ type: String, nullable: true, description: "The container it is packed in; where it is and who holds it are the container's" })
  container: string | null;

  @ApiProperty({ description: 'When its last counted event happened' })
  lastEventAt: string;

  @ApiProperty({ description: 'Revision of its stream the answer reflects' })
  revision: number;

  @ApiProperty({ type: UnitWarrantyResponse })
  warranty: UnitWarrantyResponse;
}

/** The public shape of a unit's row: the read model's bookkeeping (position, top) stays inside. */
export const unitView = (document: UnitDocument, installedIn: UnitRef[] | null): UnitResponse => ({
  sku: document.sku,
  serial: document.serial,
  lotId: document.lotId,
  status: document.status,
  location: document.location,
  custodian: document.custodian,
  customer: document.customer,
  destination: document.destination,
  installedIn,
  container: document.container,
  lastEventAt: document.lastEventAt,
  revision: document.revision,
  warranty: warrantyView(document, new Date().toISOString()),
});

/** A row naming a unit and, when it is built into others, the outermost one (`top`) and its parent (older strands: `top` only). */
type Placed = Pick<PlacedRow, 'sku' | 'serial' | 'top' | 'installedIn'>;

const refOf = (row: UnitRef): UnitRef => ({ sku: row.sku, serial: row.serial });

/** Rows of these units in the units model, read in one query per SKU (the filter lists serials). */
async function unitRows(reads: ReadStore, units: UnitRef[]): Promise<Map<string, UnitDocument>> {
  const rows = new Map<string, UnitDocument>();
  for (const [sku, serials] of serialsBySku(units)) {
    for (const row of await pageDocuments(reads, unitsModel, { sku, serial: serials }, serials.length)) rows.set(unitKey(row), row);
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
  const learn = (row: Placed) => parents.set(unitKey(row), row.installedIn);
  const installed = rows.filter((row) => row.top !== null || row.installedIn !== null).map(refOf);
  // A row that names the outermost unit but no parent is a strand written without it: the units model knows.
  for (const row of rows) if (row.installedIn !== null || row.top === null) learn(row);
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

  async of(documents: UnitDocument[]): Promise<UnitResponse[]> {
    const chains = await installedChains(this.reads, documents);
    return documents.map((document) => unitView(document, chains.get(unitKey(document)) ?? null));
  }

  async page(page: Page<UnitDocument>): Promise<Page<UnitResponse>> {
    return { items: await this.of(page.items), nextCursor: page.nextCursor };
  }
}
