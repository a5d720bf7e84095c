import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { UnitDocument } from '@trace/projections';
import { Where } from '@trace/read-store';
import { Page } from '../../../shared/responses';
import { UnitResponse } from '../../../shared/unit-view';
import { TimeTravel } from '../time-travel';
import { ListUnitsAtQuery } from './list-units-at.query';

/** Served from the location-intervals read model: a SKU and a lot are what a unit never changes, so they pick the units to place. */
@QueryHandler(ListUnitsAtQuery)
export class ListUnitsAtHandler implements IQueryHandler<ListUnitsAtQuery> {
  constructor(private readonly timeTravel: TimeTravel) {}

  execute({ filter, clock }: ListUnitsAtQuery): Promise<Page<UnitResponse>> {
    const { sku, lotId, ...placement } = filter;
    const members: Where<UnitDocument> = {};
    if (sku !== undefined) members.sku = sku;
    if (lotId !== undefined) members.lotId = lotId;
    return this.timeTravel.units(members, clock, placement);
  }
}
