import { Inject, Injectable } from '@nestjs/common';
import { InvalidInput, LotQuantity, micros, UnitRef, unitKey } from '@trace/domain';
import { containersModel, lotsModel, unitsModel } from '@trace/projections';
import { getDocument, pageDocuments, READ_STORE, ReadStore } from '@trace/read-store';
import { productsByGtin } from '../scans/gtin-products';
import { parseScanCode, ScanIdentity } from '../scans/scan-code';
import { allRows } from '../shared/paging';
import { serialsBySku } from '../shared/serials-by-sku';
import { StreamCommands } from '../shared/stream-commands';

const CHUNK = 5_000;

/** What counters send: GS1 codes as scans take them, or plain identifiers. */
export interface CountItems {
  codes?: string[];
  units?: UnitRef[];
  lots?: Array<{ lotId: string; quantity: number }>;
}

/** The items resolved: units the record knows (wherever it places them), what names nothing issued, lot quantities. */
export interface CountedItems {
  units: UnitRef[];
  /** As written: the code, `SKU/serial`, or `lot <lotId>`. */
  unknown: string[];
  lots: LotQuantity[];
  /** The items that were unknown, as sent: to resolve again once the read models have caught up. */
  unresolved: CountItems;
}

/** One item as it was sent. */
type Sent = { code: string } | { unit: UnitRef } | { lot: { lotId: string; quantity: number } };

const written = (item: Sent): string => ('code' in item ? item.code : 'unit' in item ? unitKey(item.unit) : `lot ${item.lot.lotId}`);

function itemsOf(sent: Sent[]): CountItems {
  const items: Required<CountItems> = { codes: [], units: [], lots: [] };
  for (const item of sent) {
    if ('code' in item) items.codes.push(item.code);
    else if ('unit' in item) items.units.push(item.unit);
    else items.lots.push(item.lot);
  }
  return items;
}

/**
 * Resolves counted items. A code names a unit (GTIN and serial), a lot (GTIN and lot; its count of items (30) or one),
 * or a container (SSCC: every unit packed in it, and in the containers inside it). A well-formed code or identifier of no issued serial, no product's
 * GTIN or no lot of that product is unknown, kept as written; a malformed code is 400 naming it, and nothing is counted.
 */
@Injectable()
export class CountedItemsResolver {
  constructor(
    @Inject(READ_STORE) private readonly reads: ReadStore,
    private readonly commands: StreamCommands,
  ) {}

  async resolve(items: CountItems): Promise<CountedItems> {
    const codes = items.codes ?? [];
    const identities = codes.map((code, index) => {
      try {
        return parseScanCode(code);
      } catch (error) {
        if (error instanceof InvalidInput) throw InvalidInput.field(`codes[${index}]`, error.problems.map((problem) => problem.message).join('; '));
        throw error;
      }
    });
    const products = await productsByGtin(
      this.commands,
      identities.flatMap((identity) => (identity.kind === 'container' ? [] : [identity.gtin])),
    );
    const candidates: Array<{ unit: UnitRef; sent: Sent }> = [];
    const lotCandidates: Array<{ lotId: string; sku: string | null; quantity: number; sent: Sent }> = [];
    const unknown: Sent[] = [];
    const containers: Array<{ sscc: string; sent: Sent }> = [];
    identities.forEach((identity: ScanIdentity, index) => {
      const sent = { code: codes[index] };
      if (identity.kind === 'container') return containers.push({ sscc: identity.sscc, sent });
      const sku = products.get(identity.gtin)?.sku;
      if (sku === undefined) return unknown.push(sent);
      if (identity.kind === 'unit') return candidates.push({ unit: { sku, serial: identity.serial }, sent });
      return lotCandidates.push({ lotId: identity.lot, sku, quantity: identity.count ?? 1, sent });
    });
    for (const { sku, serial } of items.units ?? []) candidates.push({ unit: { sku, serial }, sent: { unit: { sku, serial } } });
    for (const { lotId, quantity } of items.lots ?? []) lotCandidates.push({ lotId, sku: null, quantity, sent: { lot: { lotId, quantity } } });

    const issued = await this.issued(candidates.map(({ unit }) => unit));
    const units: UnitRef[] = [];
    for (const { unit, sent } of candidates) {
      if (issued.has(unitKey(unit))) units.push(unit);
      else unknown.push(sent);
    }
    for (const { sscc, sent } of containers) {
      const packed = await this.packedIn(sscc);
      if (packed) units.push(...packed);
      else unknown.push(sent);
    }
    const lotSkus = await this.lotSkus(lotCandidates.map((lot) => lot.lotId));
    const lots: LotQuantity[] = [];
    for (const { lotId, sku, quantity, sent } of lotCandidates) {
      const lotSku = lotSkus.get(lotId);
      if (lotSku === undefined || (sku !== null && lotSku !== sku)) unknown.push(sent);
      else lots.push({ lotId, quantity: micros(quantity) });
    }
    return { units, unknown: unknown.map(written), lots, unresolved: itemsOf(unknown) };
  }

  /** Keys of the units among these that were ever issued. */
  private async issued(units: UnitRef[]): Promise<Set<string>> {
    const found = new Set<string>();
    for (const [sku, serials] of serialsBySku(units)) {
      const distinct = [...new Set(serials)];
      for (let start = 0; start < distinct.length; start += CHUNK) {
        const chunk = distinct.slice(start, start + CHUNK);
        for (const unit of await pageDocuments(this.reads, unitsModel, { sku, serial: chunk }, chunk.length)) found.add(unitKey(unit));
      }
    }
    return found;
  }

  /** The units packed in a container or in any container inside it (a pallet of cases); null for a container not recorded. */
  private async packedIn(sscc: string): Promise<UnitRef[] | null> {
    if (!(await getDocument(this.reads, containersModel, { containerId: sscc }))) return null;
    const units: UnitRef[] = [];
    const seen = new Set<string>();
    let containers = [sscc];
    while (containers.length) {
      const inside: string[] = [];
      for (const containerId of containers) {
        if (seen.has(containerId)) continue;
        seen.add(containerId);
        for await (const unit of allRows(this.reads, unitsModel, { container: containerId })) units.push({ sku: unit.sku, serial: unit.serial });
        for await (const nested of allRows(this.reads, containersModel, { parent: containerId })) inside.push(nested.containerId);
      }
      containers = inside;
    }
    return units;
  }

  private async lotSkus(lotIds: string[]): Promise<Map<string, string>> {
    const distinct = [...new Set(lotIds)];
    const skus = new Map<string, string>();
    for (let start = 0; start < distinct.length; start += CHUNK) {
      const chunk = distinct.slice(start, start + CHUNK);
      for (const lot of await pageDocuments(this.reads, lotsModel, { lotId: chunk }, chunk.length)) skus.set(lot.lotId, lot.sku);
    }
    return skus;
  }
}
