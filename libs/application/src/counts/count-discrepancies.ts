import { Inject, Injectable } from '@nestjs/common';
import { Micros, NotAllowed, quantityOf } from '@trace/domain';
import { CountDiscrepancyDocument, countDiscrepanciesModel, countsModel, DiscrepancyKind, findingDiscrepancies } from '@trace/projections';
import { getDocument, READ_STORE, ReadStore, Where } from '@trace/read-store';
import { allRows, decode, encode, pageOf, PageRequest } from '../shared/paging';
import { Page } from '../shared/responses';
import { CountRecords } from './count-records';
import { DiscrepancyResponse } from './list-count-discrepancies/list-count-discrepancies.response';

const KEY = ['countId', 'kind', 'ref'];

const byKey = (a: CountDiscrepancyDocument, b: CountDiscrepancyDocument) =>
  a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : a.ref < b.ref ? -1 : a.ref > b.ref ? 1 : 0;

const quantity = (amount: number | null) => (amount === null ? null : quantityOf(amount as Micros));

export const discrepancyOf = (document: CountDiscrepancyDocument): DiscrepancyResponse => ({
  kind: document.kind,
  unit: document.sku === null || document.serial === null ? null : { sku: document.sku, serial: document.serial },
  recorded: document.kind === 'missing' || document.kind === 'unexpected' ? { status: document.status, location: document.location } : null,
  code: document.code,
  lotId: document.lotId,
  expected: quantity(document.expectedMicros),
  counted: quantity(document.countedMicros),
  difference: quantity(document.differenceMicros),
});

/**
 * A count's discrepancies in one order (kind, then unit, lot or scan). Closed, they are the report's, from the read
 * model. Open, they are judged now (unknown codes are final as counted); a blind count's are for admins only then.
 */
@Injectable()
export class CountDiscrepancies {
  constructor(
    @Inject(READ_STORE) private readonly reads: ReadStore,
    private readonly records: CountRecords,
  ) {}

  async page(countId: string, kind: DiscrepancyKind | undefined, page: PageRequest, revealed: boolean): Promise<Page<DiscrepancyResponse>> {
    const where: Where<CountDiscrepancyDocument> = kind === undefined ? { countId } : { countId, kind };
    const live = await this.live(countId, kind, revealed);
    if (!live) {
      const stored = await pageOf(this.reads, countDiscrepanciesModel, where, page);
      return { items: stored.items.map(discrepancyOf), nextCursor: stored.nextCursor };
    }
    const limit = page.limit ?? 100;
    const after = page.cursor === undefined ? undefined : (decode(page.cursor, KEY) as Pick<CountDiscrepancyDocument, 'kind' | 'ref'>);
    const rest = after ? live.filter((row) => byKey(row, { ...row, ...after }) > 0) : live;
    const items = rest.slice(0, limit);
    const last = items[items.length - 1];
    return { items: items.map(discrepancyOf), nextCursor: rest.length > limit ? encode({ countId, kind: last.kind, ref: last.ref }) : null };
  }

  async *all(countId: string, kind: DiscrepancyKind | undefined, revealed: boolean): AsyncGenerator<DiscrepancyResponse> {
    const live = await this.live(countId, kind, revealed);
    const rows = live ?? allRows(this.reads, countDiscrepanciesModel, kind === undefined ? { countId } : { countId, kind });
    for await (const row of rows) yield discrepancyOf(row);
  }

  /** An open count's discrepancies as if it closed now, in order; null for a count closed (in the read model). */
  private async live(countId: string, kind: DiscrepancyKind | undefined, revealed: boolean): Promise<CountDiscrepancyDocument[] | null> {
    const document = await getDocument(this.reads, countsModel, { countId });
    if (document && document.state !== 'open') return null;
    const record = await this.records.load(countId);
    if (record.count.status !== 'open') {
      // Closed, and the read model has not caught up yet: its report is there as soon as it has.
      await this.records.head();
      return null;
    }
    if (record.count.blind && !revealed) throw new NotAllowed('admin', `count ${countId} is blind: its discrepancies are shown to admins until it is closed`);
    const { close } = await this.records.judge(record, await this.records.head());
    const unknown: CountDiscrepancyDocument[] = [];
    for await (const row of allRows(this.reads, countDiscrepanciesModel, { countId, kind: 'unknown' })) unknown.push(row);
    const rows = [...findingDiscrepancies(countId, { countId, missing: close.missing, unexpected: close.unexpected }, close.lots), ...unknown];
    return rows.filter((row) => kind === undefined || row.kind === kind).sort(byKey);
  }
}
