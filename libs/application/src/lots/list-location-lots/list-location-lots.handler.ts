import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { lotStream, Micros, parseInstant, quantityOf } from '@trace/domain';
import { EVENT_STORE, EventStore } from '@trace/event-store';
import { lotPlacesModel, lotsModel, lotVisitsModel } from '@trace/projections';
import { pageDocuments, READ_STORE, ReadStore } from '@trace/read-store';
import { allRows, decode, encode } from '../../shared/paging';
import { Page } from '../../shared/responses';
import { optionalInstant } from '../../shared/validators';
import { TimeClock } from '../../analytics/time-travel/time-clock';
import { lotStockAt } from '../get-lot-stock/lot-stock-at';
import { ListLocationLotsQuery } from './list-location-lots.query';
import { LocationLotResponse } from './list-location-lots.response';

/** Lots without an expiry come last. */
const NEVER = '~';
const LOTS_PER_READ = 500;

const fefoKey = (lot: LocationLotResponse): string => (lot.expiresAt === null ? NEVER : (parseInstant(lot.expiresAt) as string));
const before = (a: { fefo: string; lotId: string }, b: { fefo: string; lotId: string }) => a.fefo < b.fefo || (a.fefo === b.fefo && a.lotId < b.lotId);

/**
 * FEFO at a location: the lots with stock there (the model drops a lot whose stock there reaches 0), or by a clock
 * (asOf, knownAt) the lots that had stock there then, read with their expiry and ordered by it. The order is not a stored index: a location's lots are read whole and sorted,
 * which stays fast for the thousands of lots a site holds, not for millions.
 */
@QueryHandler(ListLocationLotsQuery)
export class ListLocationLotsHandler implements IQueryHandler<ListLocationLotsQuery> {
  constructor(
    @Inject(READ_STORE) private readonly reads: ReadStore,
    @Inject(EVENT_STORE) private readonly events: EventStore,
  ) {}

  async execute({ location, filter, clock }: ListLocationLotsQuery): Promise<Page<LocationLotResponse>> {
    const limit = filter.limit ?? 100;
    const after = filter.cursor === undefined ? undefined : (decode(filter.cursor, ['fefo', 'lotId']) as { fefo: string; lotId: string });
    const until = optionalInstant(filter.expiringBefore);
    const lots: Array<LocationLotResponse & { fefo: string }> = [];
    for await (const item of clock ? this.heldThen(location, clock) : this.heldNow(location)) {
      if (filter.sku !== undefined && item.sku !== filter.sku) continue;
      const fefo = fefoKey(item);
      if (until !== undefined && !(fefo < until)) continue;
      if (after && !before(after, { fefo, lotId: item.lotId })) continue;
      lots.push({ ...item, fefo });
    }
    lots.sort((a, b) => (before(a, b) ? -1 : before(b, a) ? 1 : 0));
    const page = lots.slice(0, limit);
    const last = page[page.length - 1];
    return {
      items: page.map(({ fefo: _fefo, ...item }) => item),
      nextCursor: lots.length > limit ? encode({ fefo: last.fefo, lotId: last.lotId }) : null,
    };
  }

  /** The lots with stock there now, from the read models. */
  private async *heldNow(location: string): AsyncGenerator<LocationLotResponse> {
    const held = new Map<string, number>();
    for await (const place of allRows(this.reads, lotPlacesModel, { kind: 'location', place: location })) held.set(place.lotId, place.quantityMicros);
    const ids = [...held.keys()];
    for (let start = 0; start < ids.length; start += LOTS_PER_READ) {
      const chunk = ids.slice(start, start + LOTS_PER_READ);
      for (const lot of await pageDocuments(this.reads, lotsModel, { lotId: chunk }, chunk.length)) {
        yield { lotId: lot.lotId, sku: lot.sku, uom: lot.uom, quantity: quantityOf(held.get(lot.lotId) as Micros), expiresAt: lot.expiresAt };
      }
    }
  }

  /** The lots with stock there by the clock: each lot that was ever there, its stream folded by the clock. */
  private async *heldThen(location: string, clock: TimeClock): AsyncGenerator<LocationLotResponse> {
    for await (const visit of allRows(this.reads, lotVisitsModel, { location })) {
      const stock = lotStockAt(await this.events.readStream(lotStream(visit.lotId)), clock);
      const there = stock?.atLocations.find((at) => at.location === location);
      if (stock && there) yield { lotId: stock.lotId, sku: stock.sku, uom: stock.uom, quantity: there.quantity, expiresAt: stock.expiresAt };
    }
  }
}
