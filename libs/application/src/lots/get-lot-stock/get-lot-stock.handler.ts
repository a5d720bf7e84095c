import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { lotStream, NotFound, quantityOf, Micros } from '@trace/domain';
import { EVENT_STORE, EventStore } from '@trace/event-store';
import { lotLinksModel, lotPlacesModel, lotsModel } from '@trace/projections';
import { getDocument, READ_STORE, ReadStore } from '@trace/read-store';
import { allRows } from '../../shared/paging';
import { GetLotStockQuery } from './get-lot-stock.query';
import { LotStockResponse } from './get-lot-stock.response';
import { consumedOf } from './consumed-quantity';
import { lotStockAt } from './lot-stock-at';

const amount = (micros: number): number => quantityOf(micros as Micros);

@QueryHandler(GetLotStockQuery)
export class GetLotStockHandler implements IQueryHandler<GetLotStockQuery> {
  constructor(
    @Inject(READ_STORE) private readonly reads: ReadStore,
    @Inject(EVENT_STORE) private readonly events: EventStore,
  ) {}

  async execute({ lotId, clock }: GetLotStockQuery): Promise<LotStockResponse> {
    if (clock) {
      const history = await this.events.readStream(lotStream(lotId));
      if (!history.length) throw new NotFound(`lot ${lotId} not found`);
      const stock = lotStockAt(history, clock);
      if (!stock) throw new NotFound(`lot ${lotId} did not exist yet at that time`);
      return stock;
    }
    const lot = await getDocument(this.reads, lotsModel, { lotId });
    if (!lot) throw new NotFound(`lot ${lotId} not found`);
    const stock: LotStockResponse = {
      lotId,
      sku: lot.sku,
      uom: lot.uom,
      expiresAt: lot.expiresAt,
      produced: amount(lot.producedMicros),
      atLocations: [],
      inTransit: [],
      withCustomers: [],
      consumed: [],
      disposed: amount(lot.disposedMicros),
      lostInTransit: amount(lot.lostInTransitMicros),
      adjusted: amount(lot.adjustedMicros),
    };
    for await (const place of allRows(this.reads, lotPlacesModel, { lotId })) {
      // A shipment received in full, or a customer who returned everything, stays as a row at 0.
      if (place.quantityMicros === 0) continue;
      const quantity = amount(place.quantityMicros);
      if (place.kind === 'location') stock.atLocations.push({ location: place.place, quantity });
      else if (place.kind === 'transit') stock.inTransit.push({ shipmentId: place.place, to: place.to as string, quantity });
      else stock.withCustomers.push({ customer: place.place, quantity });
    }
    for await (const link of allRows(this.reads, lotLinksModel, { input: lotId })) stock.consumed.push(consumedOf(link));
    return stock;
  }
}
