import { Controller, Get, Param } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { UnitParams } from '../../shared/validators';
import { Genealogy } from './get-genealogy.handler';
import { GetGenealogyQuery } from './get-genealogy.query';

@ApiTags('genealogy')
@Controller('v1/units/:sku/:serial/genealogy')
export class GetGenealogyController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @ApiOperation({ summary: 'Components and lots at any depth (tree), and the units this one is built into (parents)' })
  @ApiOkResponse({ description: '{unit, tree: {sku, serial, lots, components: [...]}, parents: [{sku, serial}]}' })
  @ApiNotFoundResponse()
  genealogy(@Param() unit: UnitParams): Promise<Genealogy> {
    return this.queries.execute(new GetGenealogyQuery({ sku: unit.sku, serial: unit.serial }));
  }
}
