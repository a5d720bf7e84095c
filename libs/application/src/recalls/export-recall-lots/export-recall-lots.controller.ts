import { Controller, Get, Header, Param, StreamableFile } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '@trace/http';
import { Readable } from 'node:stream';
import { AnyRole } from '../../access/route-access';
import { RecallParams } from '../recall-params';
import { ExportRecallLotsQuery } from './export-recall-lots.query';

@ApiTags('recalls')
@Controller('v1/recalls/:recallId/lots.csv')
export class ExportRecallLotsController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @AnyRole()
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @ApiOperation({ summary: 'The recall’s lots as CSV, one line per lot and place (location, shipment in transit, customer), streamed' })
  @ApiOkResponse({
    description: 'A header line, then one CRLF-terminated line per lot and place; a cell a spreadsheet would run as a formula starts with an apostrophe',
    content: { 'text/csv': { schema: { type: 'string' } } },
  })
  @ApiErrors({ 400: true, 404: 'No such recall' })
  async export(@Param() { recallId }: RecallParams): Promise<StreamableFile> {
    const lines = await this.queries.execute(new ExportRecallLotsQuery(recallId));
    return new StreamableFile(Readable.from(lines), { disposition: `attachment; filename="recall-${recallId}-lots.csv"` });
  }
}
