import { Inject, Injectable } from '@nestjs/common';
import { Micros, minus, NotFound, quantityOf, sumMicros } from '@trace/domain';
import { lotPlacesModel, LotPlaceDocument, lotsModel, RecallLotDocument, recallLotsModel, recallsModel } from '@trace/projections';
import { getDocument, pageDocuments, READ_STORE, ReadStore } from '@trace/read-store';
import { allPages, PageRequest, pageOf } from '../shared/paging';
import { Page } from '../shared/responses';
import { RecallLotResponse } from './list-recall-lots/list-recall-lots.response';

const amount = (micros: number): number => quantityOf(micros as Micros);

/** The lots a recall holds, with where their quantity is now and what was recovered since: for pages, the progress and the CSV. */
@Injectable()
export class RecallLots {
  constructor(@Inject(READ_STORE) private readonly reads: ReadStore) {}

  async page(recallId: string, query: PageRequest): Promise<Page<RecallLotResponse>> {
    await this.exists(recallId);
    const page = await pageOf(this.reads, recallLotsModel, { recallId }, query);
    return { items: await this.views(page.items), nextCursor: page.nextCursor };
  }

  async *all(recallId: string): AsyncGenerator<RecallLotResponse> {
    await this.exists(recallId);
    for await (const rows of allPages(this.reads, recallLotsModel, { recallId })) yield* await this.views(rows);
  }

  private async exists(recallId: string): Promise<void> {
    if (!(await getDocument(this.reads, recallsModel, { recallId }))) throw new NotFound(`recall ${recallId} not found`);
  }

  private async views(rows: RecallLotDocument[]): Promise<RecallLotResponse[]> {
    if (!rows.length) return [];
    const lotIds = rows.map((row) => row.lotId);
    const places = new Map<string, LotPlaceDocument[]>();
    for await (const page of allPages(this.reads, lotPlacesModel, { lotId: lotIds })) {
      for (const place of page) if (place.quantityMicros !== 0) places.set(place.lotId, [...(places.get(place.lotId) ?? []), place]);
    }
    const lots = new Map((await pageDocuments(this.reads, lotsModel, { lotId: lotIds }, lotIds.length)).map((lot) => [lot.lotId, lot]));
    return rows.map((row) => {
      const held = places.get(row.lotId) ?? [];
      const lot = lots.get(row.lotId);
      const of = (kind: LotPlaceDocument['kind']) => held.filter((place) => place.kind === kind);
      const out = sumMicros(held.map((place) => place.quantityMicros as Micros));
      return {
        recallId: row.recallId,
        lotId: row.lotId,
        sku: row.sku,
        uom: row.uom,
        state: row.state,
        action: row.action,
        note: row.note,
        heldAt: row.heldAt,
        resolvedAt: row.resolvedAt,
        atLocations: of('location').map((place) => ({ location: place.place, quantity: amount(place.quantityMicros) })),
        inTransit: of('transit').map((place) => ({ shipmentId: place.place, to: place.to as string, quantity: amount(place.quantityMicros) })),
        withCustomers: of('customer').map((place) => ({ customer: place.place, quantity: amount(place.quantityMicros) })),
        recovered: {
          returned: amount(minus((lot?.returnedMicros ?? 0) as Micros, row.returnedBeforeMicros as Micros)),
          disposed: amount(minus((lot?.disposedMicros ?? 0) as Micros, row.disposedBeforeMicros as Micros)),
        },
        outstanding: row.state === 'outstanding' ? amount(out) : 0,
      };
    });
  }
}
