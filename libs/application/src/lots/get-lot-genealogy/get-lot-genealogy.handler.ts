import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { DEFAULT_UOM, lotStream, NotFound } from '@trace/domain';
import { EVENT_STORE, EventStore } from '@trace/event-store';
import { lotsModel } from '@trace/projections';
import { getDocument, pageDocuments, READ_STORE, ReadStore } from '@trace/read-store';
import { LotLink, lotLinks } from '../../shared/lot-links';
import { consumedOf } from '../get-lot-stock/consumed-quantity';
import { genealogyAt } from './genealogy-at';
import { GetLotGenealogyQuery } from './get-lot-genealogy.query';
import { LotGenealogyResponse, LotLinkResponse } from './get-lot-genealogy.response';

@QueryHandler(GetLotGenealogyQuery)
export class GetLotGenealogyHandler implements IQueryHandler<GetLotGenealogyQuery> {
  constructor(
    @Inject(READ_STORE) private readonly reads: ReadStore,
    @Inject(EVENT_STORE) private readonly events: EventStore,
  ) {}

  async execute({ lotId, clock }: GetLotGenealogyQuery): Promise<LotGenealogyResponse> {
    if (clock) {
      const then = await genealogyAt((id) => this.events.readStream(lotStream(id)), lotId, clock);
      if (!then) throw new NotFound(`lot ${lotId} not found (or not yet at that time)`);
      return { lotId, ...then };
    }
    if (!(await getDocument(this.reads, lotsModel, { lotId }))) throw new NotFound(`lot ${lotId} not found`);
    const up: LotLink[] = [];
    const down: LotLink[] = [];
    for await (const link of lotLinks(this.reads, [lotId], 'up')) up.push(link);
    for await (const link of lotLinks(this.reads, [lotId], 'down')) down.push(link);
    const uoms = await this.uomsOf([...new Set([...up, ...down].map((link) => link.input))]);
    const shown = (link: LotLink): LotLinkResponse => ({ from: link.input, ...consumedOf(link), uom: uoms.get(link.input) ?? DEFAULT_UOM, depth: link.depth });
    return { lotId, madeFrom: up.map(shown), madeInto: down.map(shown) };
  }

  private async uomsOf(lotIds: string[]): Promise<Map<string, string>> {
    const uoms = new Map<string, string>();
    for (let start = 0; start < lotIds.length; start += 500) {
      const chunk = lotIds.slice(start, start + 500);
      for (const lot of await pageDocuments(this.reads, lotsModel, { lotId: chunk }, chunk.length)) uoms.set(lot.lotId, lot.uom);
    }
    return uoms;
  }
}
