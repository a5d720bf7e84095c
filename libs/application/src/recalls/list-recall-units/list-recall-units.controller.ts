import { Controller, Get, Header, Param, Query, StreamableFile } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Readable } from 'node:stream';
import { RecallParams } from '../recall-params';
import { csvLines } from './csv';
import { ListRecallUnitsDto, RecallUnitsFilterDto } from './list-recall-units.dto';
import { RecallUnits } from './recall-units';

const CSV_COLUMNS = ['recallId', 'sku', 'serial', 'state', 'action', 'status', 'location', 'custodian', 'customer', 'container', 'origin', 'quarantinedAt', 'resolvedAt', 'note'];

@ApiTags('recalls')
@Controller('v1/recalls/:recallId')
@ApiNotFoundResponse()
export class ListRecallUnitsController {
  constructor(private readonly units: RecallUnits) {}

  @Get('units')
  @ApiOperation({ summary: 'Units the recall holds or held, by state, location or container, in pages' })
  @ApiOkResponse({ description: '{items: [{sku, serial, state, action, status, location, custodian, customer, container, origin, …}], nextCursor}' })
  list(@Param() { recallId }: RecallParams, @Query() query: ListRecallUnitsDto) {
    return this.units.page(recallId, query);
  }

  @Get('units.csv')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @ApiProduces('text/csv')
  @ApiOperation({ summary: 'All those units as CSV, streamed (flat memory whatever the size)' })
  async csv(@Param() { recallId }: RecallParams, @Query() filter: RecallUnitsFilterDto): Promise<StreamableFile> {
    const rows = this.units.all(recallId, filter);
    // Pull the first row now, so an unknown recall still answers 404 rather than a broken stream.
    const first = await rows.next();
    const all = (async function* () {
      if (!first.done) yield first.value;
      yield* rows;
    })();
    return new StreamableFile(Readable.from(csvLines(CSV_COLUMNS, all)), { disposition: `attachment; filename="recall-${recallId}.csv"` });
  }
}
