import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { lotStream } from '@trace/domain';
import { EVENT_STORE, EventStore } from '@trace/event-store';
import { LotDocument, lotsModel } from '@trace/projections';
import { keyOf, PageShape, READ_STORE, ReadStore, Where } from '@trace/read-store';
import { TimeClock } from '../../analytics/time-travel/time-clock';
import { TimeTravel } from '../../analytics/time-travel/time-travel';
import { keptPage, pageOf, PageRequest } from '../../shared/paging';
import { Page } from '../../shared/responses';
import { optionalInstant } from '../../shared/validators';
import { LotResponse } from '../get-lot/get-lot.response';
import { lotStockAt } from '../get-lot-stock/lot-stock-at';
import { lotResponse, lotView } from '../lot-view';
import { ListLotsQuery, LotsFilter } from './list-lots.query';

/** The read a list makes: SKU and site by equality, expiry as the order with a range, production dates as a range. */
function lotsRead(filter: LotsFilter): { where: Where<LotDocument>; shape: PageShape<LotDocument> } {
  const where: Where<LotDocument> = {};
  if (filter.sku !== undefined) where.sku = filter.sku;
  if (filter.site !== undefined) where.site = filter.site;
  const shape: PageShape<LotDocument> = {};
  if (filter.producedFrom !== undefined || filter.producedTo !== undefined) {
    shape.ranges = { producedInstant: { from: optionalInstant(filter.producedFrom), before: optionalInstant(filter.producedTo) } };
  }
  if (filter.expiringBefore !== undefined) {
    shape.order = { by: 'expiresInstant' };
    shape.ranges = { ...shape.ranges, expiresInstant: { before: optionalInstant(filter.expiringBefore) } };
  }
  return { where, shape };
}

/**
 * Lots from the SKU or site index (with expiringBefore, the same read by expiry); production dates narrow what
 * those read. Production dates alone read the lots in lotId order until a page fills. By a clock, the lots read
 * so are kept if their stream says they existed then, with their units counted where they were then.
 */
@QueryHandler(ListLotsQuery)
export class ListLotsHandler implements IQueryHandler<ListLotsQuery> {
  constructor(
    @Inject(READ_STORE) private readonly reads: ReadStore,
    @Inject(EVENT_STORE) private readonly events: EventStore,
    private readonly timeTravel: TimeTravel,
  ) {}

  async execute({ filter, clock }: ListLotsQuery): Promise<Page<LotResponse>> {
    const { where, shape } = lotsRead(filter);
    const read = (page: PageRequest) => pageOf(this.reads, lotsModel, where, page, shape);
    if (!clock) {
      const page = await read(filter);
      return { items: await Promise.all(page.items.map((lot) => lotView(this.reads, lot))), nextCursor: page.nextCursor };
    }
    const then = (lots: LotDocument[]) => Promise.all(lots.map((lot) => this.lotAt(lot, clock)));
    return keptPage(read, then, filter, (lot) => keyOf(lotsModel, lot, shape.order));
  }

  private async lotAt(lot: LotDocument, clock: TimeClock): Promise<LotResponse | null> {
    if (!lotStockAt(await this.events.readStream(lotStream(lot.lotId)), clock)) return null;
    return lotResponse(lot, await this.timeTravel.lotUnitCounts(lot.lotId, clock));
  }
}
