import { Controller, Get, Param } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { UnitParams } from '../../shared/validators';
import { HistoryItem } from './get-unit-history.handler';
import { GetUnitHistoryQuery } from './get-unit-history.query';

@ApiTags('units')
@Controller('v1/units/:sku/:serial/history')
export class GetUnitHistoryController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @ApiOperation({ summary: 'Everything that happened to a unit, in order, from the event log' })
  @ApiOkResponse({ description: '{items: [{type, occurredAt, recordedAt, position, revision, data, metadata}]}' })
  @ApiNotFoundResponse()
  history(@Param() unit: UnitParams): Promise<{ items: HistoryItem[] }> {
    return this.queries.execute(new GetUnitHistoryQuery({ sku: unit.sku, serial: unit.serial }));
  }
}
