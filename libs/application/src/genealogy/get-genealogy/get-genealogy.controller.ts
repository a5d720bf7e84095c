import { Controller, Get, Param } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '@trace/http';
import { UnitParams } from '../../shared/validators';
import { GetGenealogyQuery } from './get-genealogy.query';
import { GenealogyResponse } from './get-genealogy.response';
import { AnyRole } from '../../access/route-access';

@ApiTags('genealogy')
@Controller('v1/units/:sku/:serial/genealogy')
export class GetGenealogyController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @AnyRole()
  @ApiOperation({ summary: 'Components and lots at any depth (tree), and the units this one is built into (parents)' })
  @ApiOkResponse({ type: GenealogyResponse })
  @ApiErrors({ 400: true, 404: 'No such unit' })
  genealogy(@Param() unit: UnitParams): Promise<GenealogyResponse> {
    return this.queries.execute(new GetGenealogyQuery({ sku: unit.sku, serial: unit.serial }));
  }
}
