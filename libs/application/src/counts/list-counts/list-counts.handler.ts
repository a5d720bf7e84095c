import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { identifierProblem, InvalidInput } from '@trace/domain';
import { CountDocument, countsModel, countUnitsModel } from '@trace/projections';
import { pageDocuments, READ_STORE, ReadStore, Where } from '@trace/read-store';
import { allRows, decode, encode, givenFilters, pageOf } from '../../shared/paging';
import { Page } from '../../shared/responses';
import { optionalInstant } from '../../shared/validators';
import { ListCountsQuery } from './list-counts.query';
import { ListCountsRequest } from './list-counts.request';
import { CountSummaryResponse } from './list-counts.response';

const NEWEST_FIRST = { by: 'openedAt', descending: true } as const;

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
/** Newer first: later opened, then the greater id (the index's order read backwards). */
const newer = (a: Pick<CountDocument, 'openedAt' | 'countId'>, b: Pick<CountDocument, 'openedAt' | 'countId'>) =>
  compare(b.openedAt, a.openedAt) || compare(b.countId, a.countId);

const summary = (count: CountDocument): CountSummaryResponse => ({
  countId: count.countId,
  state: count.state,
  location: count.location,
  includeSublocations: count.includeSublocations === 1,
  blind: count.blind === 1,
  openedAt: count.openedAt,
  closedAt: count.closedAt,
  reconciledAt: count.reconciledAt,
  expectedUnits: count.expectedUnits,
  expectedLots: count.expectedLots,
  expected: count.expected,
  counted: count.counted,
  matched: count.matched,
  left: count.left,
  missing: count.missing,
  unexpected: count.unexpected,
  unknown: count.unknown,
  duplicates: count.duplicates,
  scannedUnits: count.scannedUnits,
});

/**
 * Counts newest first, read backwards from an openedAt index (by location and/or state: theirs). With a unit, the
 * counts that counted it are read from the count units (a handful), filtered and ordered here.
 */
@QueryHandler(ListCountsQuery)
export class ListCountsHandler implements IQueryHandler<ListCountsQuery> {
  constructor(@Inject(READ_STORE) private readonly reads: ReadStore) {}

  async execute({ filter }: ListCountsQuery): Promise<Page<CountSummaryResponse>> {
    const opened = { from: optionalInstant(filter.from), before: optionalInstant(filter.to) };
    const where = givenFilters<CountDocument>({ location: filter.location, state: filter.state });
    if (filter.unit !== undefined) return this.sawUnit(filter.unit, where, opened, filter);
    const page = await pageOf(this.reads, countsModel, where, filter, { order: NEWEST_FIRST, ranges: { openedAt: opened } });
    return { items: page.items.map(summary), nextCursor: page.nextCursor };
  }

  /** The counts that counted the unit (a unit is counted by a handful), read whole, filtered and ordered here. */
  private async sawUnit(
    unit: string,
    where: Where<CountDocument>,
    opened: { from?: string; before?: string },
    filter: ListCountsRequest,
  ): Promise<Page<CountSummaryResponse>> {
    const slash = unit.indexOf('/');
    const sku = unit.slice(0, Math.max(slash, 0));
    const serial = unit.slice(slash + 1);
    const problem = slash < 0 ? 'has no slash' : (identifierProblem(sku) ?? identifierProblem(serial));
    if (problem) throw InvalidInput.field('unit', `must be SKU/serial: ${problem}`);
    const limit = filter.limit ?? 100;
    const after = filter.cursor === undefined ? undefined : (decode(filter.cursor, ['openedAt', 'countId']) as Pick<CountDocument, 'openedAt' | 'countId'>);
    const countIds: string[] = [];
    for await (const counted of allRows(this.reads, countUnitsModel, { sku, serial })) countIds.push(counted.countId);
    const counts = (countIds.length ? await pageDocuments(this.reads, countsModel, { countId: countIds }, countIds.length) : [])
      .filter((count) => Object.entries(where).every(([field, value]) => count[field as keyof CountDocument] === value))
      .filter((count) => (opened.from === undefined || count.openedAt >= opened.from) && (opened.before === undefined || count.openedAt < opened.before))
      .filter((count) => after === undefined || newer(after, count) < 0)
      .sort(newer);
    const items = counts.slice(0, limit);
    const last = items[items.length - 1];
    return { items: items.map(summary), nextCursor: counts.length > limit ? encode({ openedAt: last.openedAt, countId: last.countId }) : null };
  }
}
