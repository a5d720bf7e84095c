import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '@trace/http';
import { Request, Response } from 'express';
import { AnyRole } from '../../access/route-access';
import { EpcisQueryDocumentRoute, sendAnswer } from '../query/epcis-answer-route';
import { afterToken, DEFAULT_PER_PAGE } from '../query/epcis-query-answer';
import { QueryEventsQuery } from '../query-events/query-events.query';
import { EpcisPageRequest } from '../query-events/query-events.request';
import { EpcParams } from './list-epc-events.request';

@ApiTags('epcis')
@Controller('epcis/epcs/:epc/events')
export class ListEpcEventsController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @AnyRole()
  @ApiOperation({ summary: 'Every EPCIS event naming an EPC (as MATCH_anyEPC), in the order they were recorded' })
  @EpcisQueryDocumentRoute()
  @ApiErrors({ 400: true })
  async list(
    @Param() { epc }: EpcParams,
    @Query() page: EpcisPageRequest,
    @Req() http: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<Record<string, unknown>> {
    const filter = {
      equal: {},
      ranges: {},
      matches: [{ identifiers: [epc], roles: ['epc' as const, 'parentID' as const, 'inputEPC' as const, 'outputEPC' as const] }],
      errorDeclaration: null,
    };
    const answer = await this.queries.execute(new QueryEventsQuery(filter, page.perPage ?? DEFAULT_PER_PAGE, afterToken(page.nextPageToken)));
    return sendAnswer(http, response, answer);
  }
}
