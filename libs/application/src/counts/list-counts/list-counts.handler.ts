import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { identifierProblem, InvalidInput } from '@trace/domain';
import { CountDocument, countsModel, countUnitsModel } from '@trace/projections';
import { pageDocuments, READ_STORE, ReadStore, Where } from '@trace/read-store';
import { givenFilters, keptPage, pageOf } from '../../shared/paging';
import { Page } from '../../shared/responses';
import { optionalInstant } from '../../shared/validators';
import { ListCountsQuery } from './list-counts.query';
import { ListCountsRequest } from './list-counts.request';
import { CountSummaryResponse } from './list-counts.response';

const NEWEST_FIRST = { by: 'openedAt', descending: true } as const;

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
 * counts that counted it are read from the count units (by unit, in count id order) and the other filters kept.
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

  private sawUnit(
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
    const keep = async (rows: Array<{ countId: string }>) => {
      const counts = new Map(
        (await pageDocuments(this.reads, countsModel, { countId: rows.map((row) => row.countId) }, rows.length)).map((count) => [count.countId, count]),
      );
      return rows.map((row) => {
        const count = counts.get(row.countId);
        const kept =
          count &&
          Object.entries(where).every(([field, value]) => count[field as keyof CountDocument] === value) &&
          (opened.from === undefined || count.openedAt >= opened.from) &&
          (opened.before === undefined || count.openedAt < opened.before);
        return kept ? summary(count) : null;
      });
    };
    return keptPage(
      (page) => pageOf(this.reads, countUnitsModel, { sku, serial }, page),
      keep,
      filter,
      ({ countId }) => ({ countId, sku, serial }),
    );
  }
}
