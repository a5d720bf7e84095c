import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { csvLines, CsvValue } from '../../shared/csv';
import { CountDiscrepancies } from '../count-discrepancies';
import { DiscrepancyResponse } from '../list-count-discrepancies/list-count-discrepancies.response';
import { ExportCountDiscrepanciesQuery } from './export-count-discrepancies.query';

const COLUMNS = ['kind', 'sku', 'serial', 'status', 'location', 'code', 'lotId', 'expected', 'counted', 'difference'] as const;
type CsvRow = Record<(typeof COLUMNS)[number], CsvValue>;

const csvRow = (row: DiscrepancyResponse): CsvRow => ({
  kind: row.kind,
  sku: row.unit?.sku,
  serial: row.unit?.serial,
  status: row.recorded?.status,
  location: row.recorded?.location,
  code: row.code,
  lotId: row.lotId,
  expected: row.expected,
  counted: row.counted,
  difference: row.difference,
});

@QueryHandler(ExportCountDiscrepanciesQuery)
export class ExportCountDiscrepanciesHandler implements IQueryHandler<ExportCountDiscrepanciesQuery> {
  constructor(private readonly discrepancies: CountDiscrepancies) {}

  async execute({ countId, kind, revealed }: ExportCountDiscrepanciesQuery): Promise<AsyncIterable<string>> {
    const rows = this.discrepancies.all(countId, kind, revealed);
    // The first row is read before the answer starts, so a missing or hidden count is its error, not a broken stream.
    const first = await rows.next();
    async function* all(): AsyncGenerator<CsvRow> {
      if (!first.done) yield csvRow(first.value);
      for await (const row of rows) yield csvRow(row);
    }
    return csvLines<CsvRow>(COLUMNS, all());
  }
}
