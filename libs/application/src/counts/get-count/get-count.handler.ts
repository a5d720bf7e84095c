import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { CountClosed, CountEvent, CountReconciled, LotFinding } from '@trace/domain';
import { CountDocument, countsModel } from '@trace/projections';
import { getDocument, READ_STORE, ReadStore } from '@trace/read-store';
import { recordedFacts } from '../../shared/event-envelopes';
import { CountRecords } from '../count-records';
import { countersOf } from '../count-view';
import { GetCountQuery } from './get-count.query';
import { CountReportResponse } from './get-count.response';

/**
 * A count's progress or report. Closed, it is the report kept at the close (the read model). Open, it is judged now,
 * from the count's stream and the record, as if it closed this moment; so is one whose close the read model has not
 * caught up with, from the close in its stream.
 */
@QueryHandler(GetCountQuery)
export class GetCountHandler implements IQueryHandler<GetCountQuery> {
  constructor(
    @Inject(READ_STORE) private readonly reads: ReadStore,
    private readonly records: CountRecords,
  ) {}

  async execute({ countId, revealed }: GetCountQuery): Promise<CountReportResponse> {
    const document = await getDocument(this.reads, countsModel, { countId });
    if (document && document.state !== 'open') return reportOf(document, document, document.lots ?? [], false);
    const record = await this.records.load(countId);
    const facts = recordedFacts<CountEvent>(record.history);
    const opened = record.history[0];
    const closed = record.history.find((event) => event.type === 'CountClosed');
    const reconciled = facts.find((event): event is CountReconciled => event.type === 'CountReconciled');
    const { count } = record;
    const summary: CountSummary = {
      countId,
      location: count.location,
      includeSublocations: count.includeSublocations ? 1 : 0,
      blind: count.blind ? 1 : 0,
      state: count.status,
      openedAt: opened.occurredAt,
      readAt: count.readAt,
      expectedUnits: (opened.data as { expectedUnits: number }).expectedUnits,
      expectedLots: (opened.data as { expectedLots: number }).expectedLots,
      closedAt: closed?.occurredAt ?? null,
      reconciledAt: record.history.find((event) => event.type === 'CountReconciled')?.occurredAt ?? null,
      reconciliation: reconciled ? { choices: reconciled.data.choices, outcome: reconciled.data.outcome } : null,
    };
    if (closed) {
      const { lots, ...counters } = (closed as unknown as CountClosed).data;
      return reportOf(summary, counters, lots, false);
    }
    const { close } = await this.records.judge(record, await this.records.head());
    return reportOf(summary, close.counters, close.lots, count.blind && !revealed);
  }
}

/** What a count's answer says besides its numbers. */
type CountSummary = Pick<
  CountDocument,
  | 'countId'
  | 'location'
  | 'includeSublocations'
  | 'blind'
  | 'state'
  | 'openedAt'
  | 'readAt'
  | 'expectedUnits'
  | 'expectedLots'
  | 'closedAt'
  | 'reconciledAt'
  | 'reconciliation'
>;

function reportOf(document: CountSummary, counters: Parameters<typeof countersOf>[0], lots: LotFinding[], hidden: boolean): CountReportResponse {
  const { countId, state, location, openedAt, closedAt, reconciledAt, expectedUnits, expectedLots, reconciliation } = document;
  return {
    countId,
    state,
    location,
    includeSublocations: document.includeSublocations === 1,
    blind: document.blind === 1,
    openedAt,
    closedAt,
    reconciledAt,
    expectedUnits,
    expectedLots,
    ...countersOf(counters, lots, hidden),
    reconciliation: reconciliation && { choices: reconciliation.choices, ...reconciliation.outcome },
  };
}
