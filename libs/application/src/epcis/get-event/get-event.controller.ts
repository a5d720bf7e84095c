import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '@trace/http';
import { Request, Response } from 'express';
import { AnyRole } from '../../access/route-access';
import { EpcisQueryDocumentRoute, sendAnswer } from '../query/epcis-answer-route';
import { GetEventQuery } from './get-event.query';
import { EventParams } from './get-event.request';

@ApiTags('epcis')
@Controller('epcis/events/:eventID')
export class GetEventController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @AnyRole()
  @ApiOperation({ summary: 'One EPCIS event by its eventID, in an EPCISQueryDocument' })
  @EpcisQueryDocumentRoute()
  @ApiErrors({ 400: true, 404: 'No event has that id' })
  async get(@Param() { eventID }: EventParams, @Req() http: Request, @Res({ passthrough: true }) response: Response): Promise<Record<string, unknown>> {
    return sendAnswer(http, response, await this.queries.execute(new GetEventQuery(eventID)));
  }
}
