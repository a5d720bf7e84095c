import { Controller, Get, Header, Param, Query, StreamableFile } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '@trace/http';
import { Readable } from 'node:stream';
import { AnyRole } from '../../access/route-access';
import { CountParams } from '../count-params';
import { SeesBlindCounts } from '../count-viewer';
import { DiscrepancyKindRequest } from '../list-count-discrepancies/list-count-discrepancies.request';
import { ExportCountDiscrepanciesQuery } from './export-count-discrepancies.query';

@ApiTags('counts')
@Controller('v1/counts/:countId/discrepancies.csv')
export class ExportCountDiscrepanciesController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @AnyRole()
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @ApiOperation({ summary: 'All those discrepancies as CSV, streamed (flat memory whatever the size)' })
  @ApiOkResponse({
    description: 'A header line, then one CRLF-terminated line per discrepancy; a cell a spreadsheet would run as a formula starts with an apostrophe',
    content: { 'text/csv': { schema: { type: 'string' } } },
  })
  @ApiErrors({ 400: true, 403: 'A blind count, open: for admins only', 404: 'No such count' })
  async export(@Param() { countId }: CountParams, @Query() { kind }: DiscrepancyKindRequest, @SeesBlindCounts() revealed: boolean): Promise<StreamableFile> {
    const lines = await this.queries.execute(new ExportCountDiscrepanciesQuery(countId, kind, revealed));
    return new StreamableFile(Readable.from(lines), { disposition: `attachment; filename="count-${countId}-discrepancies.csv"` });
  }
}
