import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { LineageEntry, NotFound, UnitRef, unitOrigin } from '@trace/domain';
import { LineageDocument, lineageModel } from '@trace/projections';
import { READ_STORE, ReadStore, Where } from '@trace/read-store';
import { allRows } from '../../shared/paging';
import { genealogyTree } from './genealogy-tree';
import { GetGenealogyQuery } from './get-genealogy.query';
import { GenealogyResponse } from './get-genealogy.response';

@QueryHandler(GetGenealogyQuery)
export class GetGenealogyHandler implements IQueryHandler<GetGenealogyQuery> {
  constructor(@Inject(READ_STORE) private readonly reads: ReadStore) {}

  async execute({ unit }: GetGenealogyQuery): Promise<GenealogyResponse> {
    const down = await this.all({ sku: unit.sku, serial: unit.serial });
    if (down.length === 0) throw new NotFound(`unit ${unit.sku}/${unit.serial} not found`);
    const up = await this.all({ origin: unitOrigin(unit) });
    const longest = up.reduce<UnitRef[]>((chain, strand) => (strand.path.length > chain.length ? strand.path : chain), []);
    return { unit, tree: genealogyTree(unit, down), parents: longest.slice(1) };
  }

  /** Every strand matching `where` (an assembly has hundreds, not millions). */
  private async all(where: Where<LineageDocument>): Promise<LineageEntry[]> {
    const strands: LineageEntry[] = [];
    for await (const row of allRows(this.reads, lineageModel, where)) {
      strands.push({ origin: row.origin, how: row.how, path: row.path, quantity: row.quantity ?? undefined });
    }
    return strands;
  }
}
