import { Controller, Get, Query, Req, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '@trace/http';
import { Request, Response } from 'express';
import { AnyRole } from '../../access/route-access';
import { EpcisQueryDocumentRoute, sendAnswer } from '../query/epcis-answer-route';
import { afterToken, DEFAULT_PER_PAGE } from '../query/epcis-query-answer';
import { QueryEventsQuery } from './query-events.query';
import { eventFilterOf, QueryEventsRequest } from './query-events.request';

@ApiTags('epcis')
@Controller('epcis/events')
export class QueryEventsController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @AnyRole()
  @ApiOperation({ summary: 'EPCIS events, captured and native, in the order they were recorded (SimpleEventQuery parameters)' })
  @EpcisQueryDocumentRoute()
  @ApiErrors({ 400: true })
  async query(@Query() request: QueryEventsRequest, @Req() http: Request, @Res({ passthrough: true }) response: Response): Promise<Record<string, unknown>> {
    const answer = await this.queries.execute(
      new QueryEventsQuery(eventFilterOf(request), request.perPage ?? DEFAULT_PER_PAGE, afterToken(request.nextPageToken)),
    );
    return sendAnswer(http, response, answer);
  }
}
