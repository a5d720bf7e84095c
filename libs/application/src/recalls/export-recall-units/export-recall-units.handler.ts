import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { csvLines } from '../../shared/csv';
import { RecallUnitResponse } from '../list-recall-units/list-recall-units.response';
import { RecallUnits } from '../recall-units';
import { ExportRecallUnitsQuery } from './export-recall-units.query';

type CsvRow = Omit<RecallUnitResponse, 'installedIn'> & { installedIn: string | null };

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
const csvRow = (unit: RecallUnitResponse): CsvRow => ({
  ...unit,
  installedIn: unit.installedIn?.map((outer) => `${outer.sku}/${outer.serial}`).join(' > ') ?? null,
});

/** Every matching unit of a recall as CSV, read a page at a time and produced row by row: flat memory whatever the recall's size. */
@QueryHandler(ExportRecallUnitsQuery)
export class ExportRecallUnitsHandler implements IQueryHandler<ExportRecallUnitsQuery> {
  constructor(private readonly units: RecallUnits) {}

  async execute({ recallId, filter }: ExportRecallUnitsQuery): Promise<AsyncIterable<string>> {
    const units = this.units.all(recallId, filter);
    // Pull the first row now, so an unknown recall still answers 404 rather than a broken stream.
    const first = await units.next();
    const rows = (async function* () {
      if (!first.done) yield csvRow(first.value);
      for await (const unit of units) yield csvRow(unit);
    })();
    return csvLines(CSV_COLUMNS, rows);
  }
}
