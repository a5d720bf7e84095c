import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { NotFound, UNIT_STATUSES } from '@trace/domain';
import { lotsModel, unitsModel } from '@trace/projections';
import { countDocuments, getDocument, READ_STORE, ReadStore } from '@trace/read-store';
import { GetLotQuery } from './get-lot.query';
import { LotResponse } from './get-lot.response';

@QueryHandler(GetLotQuery)
export class GetLotHandler implements IQueryHandler<GetLotQuery> {
  constructor(@Inject(READ_STORE) private readonly reads: ReadStore) {}

  async execute({ lotId }: GetLotQuery): Promise<LotResponse> {
    const lot = await getDocument(this.reads, lotsModel, { lotId });
    if (!lot) throw new NotFound(`lot ${lotId} not found`);
    const counts = await countDocuments(this.reads, unitsModel, { lotId }, 'status');
    const byStatus = Object.fromEntries(UNIT_STATUSES.map((status) => [status, counts[status] ?? 0]));
    const { lotId: id, sku, producedAt, expiresAt, site, quantity, uom, registeredAt } = lot;
    return {
      lotId: id,
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
}
