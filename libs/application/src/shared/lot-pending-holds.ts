import { Inject, Injectable } from '@nestjs/common';
import { ExistingLot, PendingHold, withPendingHolds } from '@trace/domain';
import { recallLotsModel, recallsModel } from '@trace/projections';
import { getDocument, READ_STORE, ReadStore } from '@trace/read-store';
import { lotLinks } from './lot-links';
import { allRows } from './paging';

/** Lots looked up per query. */
const LOTS_PER_READ = 500;

/**
 * Stop-ship for lots made from a recalled lot from the moment the recall is in the read models, not from when
 * the recall reactor reaches each of them: a shipment, sale or consumption reads the open recalls holding any lot
 * this one was made from (at any depth) and decides as if the lot's own hold were recorded.
 */
@Injectable()
export class LotPendingHolds {
  constructor(@Inject(READ_STORE) private readonly reads: ReadStore) {}

  async overlay(lotId: string): Promise<(lot: ExistingLot) => ExistingLot> {
    const inputs = new Set<string>();
    for await (const link of lotLinks(this.reads, [lotId], 'up')) inputs.add(link.input);
    const pending = new Map<string, PendingHold>();
    const ids = [...inputs];
    for (let start = 0; start < ids.length; start += LOTS_PER_READ) {
      for await (const row of allRows(this.reads, recallLotsModel, { lotId: ids.slice(start, start + LOTS_PER_READ) })) {
        if (row.state === 'outstanding' && !pending.has(row.recallId)) pending.set(row.recallId, { recallId: row.recallId, recalledAt: row.recalledAt });
      }
    }
    // A forced close releases its lots a moment later: a closed recall holds nothing new.
    for (const recallId of pending.keys()) {
      if ((await getDocument(this.reads, recallsModel, { recallId }))?.state !== 'open') pending.delete(recallId);
    }
    return (lot) => withPendingHolds(lot, [...pending.values()]);
  }
}
