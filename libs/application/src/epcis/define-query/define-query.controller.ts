import { Body, Controller, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '@trace/http';
import { Response } from 'express';
import { RequiresRole } from '../../access/route-access';
import { CommandContext, CommandMeta } from '../../shared/command-context';
import { parametersOf } from '../subscriptions/named-query';
import { DefineQueryCommand } from './define-query.command';
import { DefineQueryRequest } from './define-query.request';
import { QueryDefinedResponse } from './define-query.response';

@ApiTags('epcis')
@Controller('epcis/queries')
export class DefineQueryController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @RequiresRole('operator')
  @ApiOperation({ summary: 'Name a query (the parameters of GET /epcis/events) so that it can be subscribed to' })
  @ApiCreatedResponse({ type: QueryDefinedResponse, description: 'Location: /epcis/queries/{name}' })
  @ApiErrors({ 400: true, 409: 'A query has that name' })
  async define(
    @Body() body: DefineQueryRequest,
    @CommandMeta() context: CommandContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<QueryDefinedResponse> {
    const defined = await this.commands.execute(new DefineQueryCommand(body.name, parametersOf(body.query), context));
    response.location(`/epcis/queries/${encodeURIComponent(defined.name)}`);
    return defined;
  }
}
