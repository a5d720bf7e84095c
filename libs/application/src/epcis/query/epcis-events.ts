import { Inject, Injectable } from '@nestjs/common';
import { containerEpcKey, EPC_ROLES, gtinUnitEpcKey, lotEpcKey, unitEpcKey } from '@trace/domain';
import { EpcisEpcDocument, epcisEpcsModel, EpcisEventDocument, epcisEventsModel, productsModel } from '@trace/projections';
import { pageDocuments, READ_STORE, ReadStore } from '@trace/read-store';
import { parseScanCode } from '../../scans/scan-code';
import { epcKey } from '../epc-keys';
import { EpcisEventFilter, passes } from './epcis-event-filter';

/** Rows read per round while filling a page whose filters are checked after reading. */
const ROUND = 500;
/** Rounds a page may take: a filter matching little of what an index gives is answered in parts, with a token. */
const ROUNDS = 20;

export interface EpcisEventPage {
  events: EpcisEventDocument[];
  /** The position to continue after, when there may be more. */
  next: number | null;
}

/** The service's own names of identifiers (urn:trace:…), as the renderer writes them. */
const TRACE_NAME = /^urn:trace:(unit|lot|container):([^:]+)(?::([^:]+))?$/;

/**
 * Pages of the EPCIS events repository in log order. A MATCH_ filter is served by the identifiers' index (every form
 * of an identifier: its EPC URN, Digital Link, the service's own name for it); otherwise an equality filter's index,
 * or the log order itself; the remaining filters are checked on what was read.
 */
@Injectable()
export class EpcisEvents {
  constructor(@Inject(READ_STORE) private readonly reads: ReadStore) {}

  async page(filter: EpcisEventFilter, after: number, limit: number): Promise<EpcisEventPage> {
    const matches = await Promise.all(filter.matches.map(async (match) => ({ keys: await this.keysOf(match.identifiers), roles: match.roles })));
    const found: EpcisEventDocument[] = [];
    let cursor = after;
    for (let round = 0; round < ROUNDS; round++) {
      const { documents, last, exhausted } = matches.length ? await this.matching(matches, cursor) : await this.scanning(filter, cursor);
      for (const document of documents) {
        if (!passes(document, filter)) continue;
        found.push(document);
        if (found.length > limit) return { events: found.slice(0, limit), next: found[limit - 1].position };
      }
      if (exhausted) return { events: found, next: null };
      cursor = last;
    }
    return { events: found, next: found.length ? found[found.length - 1].position : cursor };
  }

  /** The events among those recorded at `positions` that pass `filter`, in log order (what a subscription delivers). */
  async at(filter: EpcisEventFilter, positions: number[]): Promise<EpcisEventDocument[]> {
    if (positions.length === 0) return [];
    let documents = (await pageDocuments(this.reads, epcisEventsModel, { position: positions }, positions.length)).filter((document) =>
      passes(document, filter),
    );
    for (const match of filter.matches) {
      if (documents.length === 0) break;
      const keys = await this.keysOf(match.identifiers);
      const held = documents.map((document) => document.position);
      const rows = await pageDocuments(this.reads, epcisEpcsModel, { key: keys, position: held }, held.length * keys.length * EPC_ROLES.length);
      const matching = new Set(rows.filter((row) => (match.roles as string[]).includes(row.role)).map((row) => row.position));
      documents = documents.filter((document) => matching.has(document.position));
    }
    return documents.sort((a, b) => a.position - b.position);
  }

  /** Every key an identifier is stored under: a unit's GTIN form and its SKU form, whichever way it was named. */
  private async keysOf(identifiers: string[]): Promise<string[]> {
    const keys = new Set<string>();
    for (const identifier of identifiers) {
      keys.add(epcKey(identifier));
      const own = TRACE_NAME.exec(identifier);
      if (own) {
        const [, kind, first, second] = own.map((part) => (part === undefined ? part : decodeURIComponent(part)));
        if (kind === 'unit' && second !== undefined) {
          keys.add(unitEpcKey(first, second));
          const product = await this.reads.get(productsModel.name, { sku: first });
          if (typeof product?.gtin === 'string') keys.add(gtinUnitEpcKey(product.gtin, second));
        }
        if (kind === 'lot') keys.add(lotEpcKey(first));
        if (kind === 'container') keys.add(containerEpcKey(first));
        continue;
      }
      const gs1 = gs1Unit(identifier);
      if (gs1) {
        const products = await pageDocuments(this.reads, productsModel, { gtin: gs1.gtin }, 10);
        for (const product of products) keys.add(unitEpcKey(product.sku, gs1.serial));
      }
    }
    return [...keys];
  }

  private async matching(matches: Array<{ keys: string[]; roles: string[] }>, after: number) {
    const [first, ...others] = matches;
    const rows = await pageDocuments(this.reads, epcisEpcsModel, { key: first.keys }, ROUND, undefined, {
      order: { by: 'position' },
      ranges: { position: { from: after + 1 } },
    });
    let positions = unique(rows.filter((row) => first.roles.includes(row.role)).map((row) => row.position));
    for (const other of others) {
      if (positions.length === 0) break;
      const also = await pageDocuments(this.reads, epcisEpcsModel, { key: other.keys, position: positions }, positions.length * other.keys.length * 5);
      const held = new Set(also.filter((row: EpcisEpcDocument) => other.roles.includes(row.role)).map((row) => row.position));
      positions = positions.filter((position) => held.has(position));
    }
    const documents = positions.length ? await pageDocuments(this.reads, epcisEventsModel, { position: positions }, positions.length) : [];
    return {
      documents: documents.sort((a, b) => a.position - b.position),
      last: rows.length ? rows[rows.length - 1].position : after,
      exhausted: rows.length < ROUND,
    };
  }

  private async scanning(filter: EpcisEventFilter, after: number) {
    // An equality filter of one value picks its index (pages of it come in log order); the rest are checked by
    // `passes`. Several values would come index value by value, not in log order: those read the log order itself.
    const indexed = (['eventID', 'bizStep', 'readPoint', 'bizLocation', 'disposition', 'eventType', 'action'] as const).find(
      (field) => filter.equal[field]?.length === 1,
    );
    const where = indexed ? { [indexed]: filter.equal[indexed] as string[] } : {};
    const documents = await pageDocuments(this.reads, epcisEventsModel, where, ROUND, after > 0 ? { position: after } : undefined);
    return { documents, last: documents.length ? documents[documents.length - 1].position : after, exhausted: documents.length < ROUND };
  }
}

const unique = (positions: number[]): number[] => [...new Set(positions)];

function gs1Unit(identifier: string): { gtin: string; serial: string } | null {
  try {
    const identity = parseScanCode(identifier);
    return identity.kind === 'unit' ? identity : null;
  } catch {
    return null;
  }
}
