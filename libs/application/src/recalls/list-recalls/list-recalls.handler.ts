import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { RecallDocument, recallLotsModel, recallsModel } from '@trace/projections';
import { pageDocuments, READ_STORE, ReadStore } from '@trace/read-store';
import { allRows, decode, encode, pageOf } from '../../shared/paging';
import { Page } from '../../shared/responses';
import { optionalInstant } from '../../shared/validators';
import { ListRecallsQuery } from './list-recalls.query';
import { ListRecallsRequest } from './list-recalls.request';
import { RecallSummaryResponse } from './list-recalls.response';

const NEWEST_FIRST = { by: 'recalledAt', descending: true } as const;

const summary = ({ forced, ...recall }: RecallDocument): RecallSummaryResponse => ({ ...recall, forced: forced === null ? null : forced === 1 });

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
/** Newer first: later opened, then the greater id (the index's order read backwards), compared as the store compares text. */
const newer = (a: Pick<RecallDocument, 'recalledAt' | 'recallId'>, b: Pick<RecallDocument, 'recalledAt' | 'recallId'>) =>
  compare(b.recalledAt, a.recalledAt) || compare(b.recallId, a.recallId);

/**
 * Recalls newest first, read backwards from the recalledAt index (by state: the state's). By lot, the recalls that
 * hold it are read from the recall lots (a lot is held by a handful of recalls) and ordered here.
 */
@QueryHandler(ListRecallsQuery)
export class ListRecallsHandler implements IQueryHandler<ListRecallsQuery> {
  constructor(@Inject(READ_STORE) private readonly reads: ReadStore) {}

  async execute({ filter }: ListRecallsQuery): Promise<Page<RecallSummaryResponse>> {
    const opened = { from: optionalInstant(filter.openedFrom), before: optionalInstant(filter.openedTo) };
    if (filter.lotId !== undefined) return this.holding(filter.lotId, filter, opened);
    const where = filter.state === undefined ? {} : { state: filter.state };
    const page = await pageOf(this.reads, recallsModel, where, filter, { order: NEWEST_FIRST, ranges: { recalledAt: opened } });
    return { items: page.items.map(summary), nextCursor: page.nextCursor };
  }

  private async holding(lotId: string, filter: ListRecallsRequest, opened: { from?: string; before?: string }): Promise<Page<RecallSummaryResponse>> {
    const limit = filter.limit ?? 100;
    const after =
      filter.cursor === undefined ? undefined : (decode(filter.cursor, ['recalledAt', 'recallId']) as Pick<RecallDocument, 'recalledAt' | 'recallId'>);
    const recallIds: string[] = [];
    for await (const held of allRows(this.reads, recallLotsModel, { lotId })) recallIds.push(held.recallId);
    const recalls = (await pageDocuments(this.reads, recallsModel, { recallId: recallIds }, recallIds.length))
      .filter((recall) => filter.state === undefined || recall.state === filter.state)
      .filter((recall) => (opened.from === undefined || recall.recalledAt >= opened.from) && (opened.before === undefined || recall.recalledAt < opened.before))
      .filter((recall) => after === undefined || newer(after, recall) < 0)
      .sort(newer);
    const items = recalls.slice(0, limit);
    const last = items[items.length - 1];
    return { items: items.map(summary), nextCursor: recalls.length > limit ? encode({ recalledAt: last.recalledAt, recallId: last.recallId }) : null };
  }
}
