import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { NotFound } from '@trace/domain';
import { holdRecorded, recallUnitsModel, unitsModel } from '@trace/projections';
import { getDocument, pageDocuments, READ_STORE, ReadStore } from '@trace/read-store';
import { containerChain } from '../../shared/container-chain';
import { UnitResponse, UnitViews } from '../../shared/unit-view';
import { GetUnitQuery } from './get-unit.query';

export interface UnitWithRecalls extends UnitResponse {
  /**
   * Open recalls affecting the unit. Once `quarantined` (the hold is in its history, moments after the recall),
   * it cannot be sold, shipped to a party or built in until resolved.
   */
  openRecalls: Array<{ recallId: string; since: string; origin: string; quarantined: boolean }>;
  /** The containers holding the unit, innermost first: e.g. its case, then the pallet the case is on. */
  containers: string[];
}

@QueryHandler(GetUnitQuery)
export class GetUnitHandler implements IQueryHandler<GetUnitQuery, UnitWithRecalls> {
  constructor(
    @Inject(READ_STORE) private readonly reads: ReadStore,
    private readonly views: UnitViews,
  ) {}

  async execute({ unit }: GetUnitQuery): Promise<UnitWithRecalls> {
    const key = { sku: unit.sku, serial: unit.serial };
    const document = await getDocument(this.reads, unitsModel, key);
    if (!document) throw new NotFound(`unit ${unit.sku}/${unit.serial} not found`);
    const holds = await pageDocuments(this.reads, recallUnitsModel, key, 100);
    const openRecalls = holds
      .filter((hold) => hold.state === 'outstanding')
      .map((hold) => ({ recallId: hold.recallId, since: hold.recalledAt, origin: hold.origin, quarantined: holdRecorded(hold) }));
    const [view] = await this.views.of([document]);
    const containers = view.container ? await containerChain(this.reads, view.container) : [];
    return { ...view, openRecalls, containers };
  }
}
