import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { NotFound } from '@trace/domain';
import { lotsModel } from '@trace/projections';
import { getDocument, READ_STORE, ReadStore } from '@trace/read-store';
import { lotView } from '../lot-view';
import { GetLotQuery } from './get-lot.query';
import { LotResponse } from './get-lot.response';

@QueryHandler(GetLotQuery)
export class GetLotHandler implements IQueryHandler<GetLotQuery> {
  constructor(@Inject(READ_STORE) private readonly reads: ReadStore) {}

  async execute({ lotId }: GetLotQuery): Promise<LotResponse> {
    const lot = await getDocument(this.reads, lotsModel, { lotId });
    if (!lot) throw new NotFound(`lot ${lotId} not found`);
    return lotView(this.reads, lot);
  }
}
