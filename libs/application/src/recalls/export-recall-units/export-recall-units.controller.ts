import { Controller, Get, Header, Param, Query, StreamableFile } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '@trace/http';
import { Readable } from 'node:stream';
import { RecallParams } from '../recall-params';
import { RecallUnitsFilterRequest } from '../recall-units-filter';
import { ExportRecallUnitsQuery } from './export-recall-units.query';
import { AnyRole } from '../../access/route-access';

@ApiTags('recalls')
@Controller('v1/recalls/:recallId/units.csv')
export class ExportRecallUnitsController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @AnyRole()
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @ApiOperation({ summary: 'All those units as CSV, streamed (flat memory whatever the size)' })
  // Only the success is CSV: errors are JSON like every other route's, so no @ApiProduces for the whole route.
  @ApiOkResponse({
    description: 'A header line, then one CRLF-terminated line per unit; a cell a spreadsheet would run as a formula starts with an apostrophe',
    content: { 'text/csv': { schema: { type: 'string' } } },
  })
  @ApiErrors({ 400: true, 404: 'No such recall' })
  async export(@Param() { recallId }: RecallParams, @Query() filter: RecallUnitsFilterRequest): Promise<StreamableFile> {
    const lines = await this.queries.execute(new ExportRecallUnitsQuery(recallId, filter));
    return new StreamableFile(Readable.from(lines), { disposition: `attachment; filename="recall-${recallId}.csv"` });
  }
}
