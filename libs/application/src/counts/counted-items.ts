import { Inject, Injectable } from '@nestjs/common';
import { InvalidInput, LotQuantity, micros, UnitRef, unitKey } from '@trace/domain';
import { lotsModel, unitsModel } from '@trace/projections';
import { pageDocuments, READ_STORE, ReadStore } from '@trace/read-store';
import { productsByGtin } from '../scans/gtin-products';
import { parseScanCode, ScanIdentity } from '../scans/scan-code';
import { allRows } from '../shared/paging';
import { serialsBySku } from '../shared/serials-by-sku';

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
  unknown: string[];
  lots: LotQuantity[];
}

/**
 * Resolves counted items. A code names a unit (GTIN and serial), a lot (GTIN and lot; its count of items (30) or one),
 * or a container (SSCC: every unit packed in it). A well-formed code or identifier of no issued serial, no product's
 * GTIN or no lot of that product is unknown, kept as written; a malformed code is 400 naming it, and nothing is counted.
 */
@Injectable()
export class CountedItemsResolver {
  constructor(@Inject(READ_STORE) private readonly reads: ReadStore) {}

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
      this.reads,
      identities.flatMap((identity) => (identity.kind === 'container' ? [] : [identity.gtin])),
    );
    const candidates: Array<{ unit: UnitRef; written: string }> = [];
    const lotCandidates: Array<{ lotId: string; sku: string | null; quantity: number; written: string }> = [];
    const unknown: string[] = [];
    const containers: Array<{ sscc: string; written: string }> = [];
    identities.forEach((identity: ScanIdentity, index) => {
      const written = codes[index];
      if (identity.kind === 'container') return containers.push({ sscc: identity.sscc, written });
      const sku = products.get(identity.gtin)?.sku;
      if (sku === undefined) return unknown.push(written);
      if (identity.kind === 'unit') return candidates.push({ unit: { sku, serial: identity.serial }, written });
      return lotCandidates.push({ lotId: identity.lot, sku, quantity: identity.count ?? 1, written });
    });
    for (const unit of items.units ?? []) candidates.push({ unit: { sku: unit.sku, serial: unit.serial }, written: unitKey(unit) });
    for (const lot of items.lots ?? []) lotCandidates.push({ lotId: lot.lotId, sku: null, quantity: lot.quantity, written: `lot ${lot.lotId}` });

    const issued = await this.issued(candidates.map(({ unit }) => unit));
    const units: UnitRef[] = [];
    for (const { unit, written } of candidates) {
      if (issued.has(unitKey(unit))) units.push(unit);
      else unknown.push(written);
    }
    for (const { sscc, written } of containers) {
      const packed = await this.packedIn(sscc);
      if (packed.length) units.push(...packed);
      else unknown.push(written);
    }
    const lotSkus = await this.lotSkus(lotCandidates.map((lot) => lot.lotId));
    const lots: LotQuantity[] = [];
    for (const { lotId, sku, quantity, written } of lotCandidates) {
      const lotSku = lotSkus.get(lotId);
      if (lotSku === undefined || (sku !== null && lotSku !== sku)) unknown.push(written);
      else lots.push({ lotId, quantity: micros(quantity) });
    }
    return { units, unknown, lots };
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

  private async packedIn(sscc: string): Promise<UnitRef[]> {
    const units: UnitRef[] = [];
    for await (const unit of allRows(this.reads, unitsModel, { container: sscc })) units.push({ sku: unit.sku, serial: unit.serial });
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
