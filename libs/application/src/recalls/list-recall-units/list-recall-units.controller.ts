import { Controller, Get, Header, Param, Query, StreamableFile } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Readable } from 'node:stream';
import { RecallParams } from '../recall-params';
import { csvLines } from '../../shared/csv';
import { ListRecallUnitsDto, RecallUnitsFilterDto } from './list-recall-units.dto';
import { RecallUnits, RecallUnitView } from './recall-units';

type CsvRow = Omit<RecallUnitView, 'installedIn'> & { installedIn: string | null };

const CSV_COLUMNS: Array<keyof CsvRow> = [
  'recallId',
  'sku',
  'serial',
  'state',
  'action',
  'status',
  'location',
  'custodian',
  'customer',
  'destination',
  'container',
  'installedIn',
  'origin',
  'quarantinedAt',
  'resolvedAt',
  'note',
];

/** A row of the CSV: the chain a unit is built into as `SKU/serial > SKU/serial`, nearest first. */
const csvRow = (unit: RecallUnitView): CsvRow => ({
  ...unit,
  installedIn: unit.installedIn?.map((outer) => `${outer.sku}/${outer.serial}`).join(' > ') ?? null,
});

@ApiTags('recalls')
@Controller('v1/recalls/:recallId')
@ApiNotFoundResponse()
export class ListRecallUnitsController {
  constructor(private readonly units: RecallUnits) {}

  @Get('units')
  @ApiOperation({ summary: 'Units the recall holds or held, by state, location or container, in pages' })
  @ApiOkResponse({
    description: '{items: [{sku, serial, state, action, status, location, custodian, customer, destination, container, installedIn, origin, …}], nextCursor}',
  })
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
      if (!first.done) yield csvRow(first.value);
      for await (const row of rows) yield csvRow(row);
    })();
    return new StreamableFile(Readable.from(csvLines(CSV_COLUMNS, all)), { disposition: `attachment; filename="recall-${recallId}.csv"` });
  }
}
