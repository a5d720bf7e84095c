import { UNIT_STATUSES } from '@trace/domain';
import { LotDocument, unitsModel } from '@trace/projections';
import { countDocuments, ReadStore } from '@trace/read-store';
import { LotResponse } from './get-lot/get-lot.response';

/** A lot as its routes answer it: its registration, and how many of its units are in each status (`counts`). */
export function lotResponse(lot: LotDocument, counts: Record<string, number>): LotResponse {
  const byStatus = Object.fromEntries(UNIT_STATUSES.map((status) => [status, counts[status] ?? 0]));
  const { lotId, sku, producedAt, expiresAt, site, quantity, uom, registeredAt } = lot;
  return {
    lotId,
    sku,
    producedAt,
    expiresAt,
    site,
    quantity,
    uom,
    registeredAt,
    units: { total: Object.values(byStatus).reduce((sum, n) => sum + n, 0), byStatus },
  };
}

/** A lot now: its unit counts from the units' index. */
export async function lotView(reads: ReadStore, lot: LotDocument): Promise<LotResponse> {
  return lotResponse(lot, await countDocuments(reads, unitsModel, { lotId: lot.lotId }, 'status'));
}
