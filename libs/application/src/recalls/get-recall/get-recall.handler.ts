import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { NotFound } from '@trace/domain';
import { recallLotsModel, recallsModel, RecallUnitDocument, recallUnitsModel } from '@trace/projections';
import { countDocuments, getDocument, READ_STORE, ReadStore } from '@trace/read-store';
import { RecallLots } from '../recall-lots';
import { GetRecallQuery } from './get-recall.query';
import { RecallResponse } from './get-recall.response';

/** Lots shown with the progress; the rest are a page away. */
const LOTS_SHOWN = 100;

/** The recall and its progress; breakdowns cover every affected unit where it is now (null: none). */
@QueryHandler(GetRecallQuery)
export class GetRecallHandler implements IQueryHandler<GetRecallQuery> {
  constructor(
    @Inject(READ_STORE) private readonly reads: ReadStore,
    private readonly lots: RecallLots,
  ) {}

  async execute({ recallId }: GetRecallQuery): Promise<RecallResponse> {
    const recall = await getDocument(this.reads, recallsModel, { recallId });
    if (!recall) throw new NotFound(`recall ${recallId} not found`);
    const by = (field: keyof RecallUnitDocument) => countDocuments(this.reads, recallUnitsModel, { recallId }, field);
    const fields = ['state', 'holdPending', 'action', 'status', 'location', 'custodian', 'customer', 'container'] as const;
    const [byState, byHoldPending, byAction, byStatus, byLocation, byCustodian, byCustomer, byContainer] = await Promise.all(fields.map(by));
    const outstanding = byState.outstanding ?? 0;
    const resolved = byState.resolved ?? 0;
    const affected = outstanding + resolved;
    const quarantined = affected - (byHoldPending['1'] ?? 0);
    const lotStates = await countDocuments(this.reads, recallLotsModel, { recallId }, 'state');
    const lots = await this.lots.page(recallId, { limit: LOTS_SHOWN });
    const { forced, ...view } = recall;
    delete byAction.null;
    return {
      ...view,
      forced: forced === null ? null : forced === 1,
      affected,
      quarantined,
      outstanding,
      resolved,
      byAction,
      byStatus,
      byLocation,
      byCustodian,
      byCustomer,
      byContainer,
      affectedLots: (lotStates.outstanding ?? 0) + (lotStates.resolved ?? 0),
      outstandingLots: lotStates.outstanding ?? 0,
      lots: lots.items,
      moreLots: lots.nextCursor,
    };
  }
}
