import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { NotFound } from '@trace/domain';
import { unitsModel } from '@trace/projections';
import { READ_STORE, ReadStore } from '@trace/read-store';
import { UnitView, unitView } from '../../shared/unit-view';
import { GetUnitQuery } from './get-unit.query';

@QueryHandler(GetUnitQuery)
export class GetUnitHandler implements IQueryHandler<GetUnitQuery, UnitView> {
  constructor(@Inject(READ_STORE) private readonly reads: ReadStore) {}

  async execute({ unit }: GetUnitQuery): Promise<UnitView> {
    const document = await this.reads.get(unitsModel.name, { sku: unit.sku, serial: unit.serial });
    if (!document) throw new NotFound(`unit ${unit.sku}/${unit.serial} not found`);
    return unitView(document);
  }
}
