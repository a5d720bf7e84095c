import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { NotFound } from '@trace/domain';
import { holdRecorded, recallUnitsModel, unitsModel } from '@trace/projections';
import { getDocument, pageDocuments, READ_STORE, ReadStore } from '@trace/read-store';
import { containerChain } from '../../shared/container-chain';
import { UnitViews } from '../../shared/unit-view';
import { GetUnitQuery } from './get-unit.query';
import { UnitWithRecallsResponse } from './get-unit.response';

@QueryHandler(GetUnitQuery)
export class GetUnitHandler implements IQueryHandler<GetUnitQuery> {
  constructor(
    @Inject(READ_STORE) private readonly reads: ReadStore,
    private readonly views: UnitViews,
  ) {}

  async execute({ unit }: GetUnitQuery): Promise<UnitWithRecallsResponse> {
    const key = { sku: unit.sku, serial: unit.serial };
    const document = await getDocument(this.reads, unitsModel, key);
    if (!document) throw new NotFound(`unit ${unit.sku}/${unit.serial} not found`);
    const holds = await pageDocuments(this.reads, recallUnitsModel, key, 100);
    const openRecalls = holds
      .filter((hold) => hold.state === 'outstanding')
      .map((hold) => ({ recallId: hold.recallId, since: hold.recalledAt, origin: hold.origin, quarantined: holdRecorded(hold) }));
    const [view] = await this.views.of([document]);
    const containers = view.container ? await containerChain(this.reads, view.container) : [];
    return { ...view, openRecalls, containers, suspect: document.suspect === 1, verifications: document.verifications ?? 0 };
  }
}
