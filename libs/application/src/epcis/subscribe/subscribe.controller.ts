import { Body, Controller, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '@trace/http';
import { Response } from 'express';
import { RequiresRole } from '../../access/route-access';
import { CommandContext, CommandMeta } from '../../shared/command-context';
import { SubscribeCommand } from './subscribe.command';
import { QueryParams, SubscribeRequest } from './subscribe.request';
import { SubscribedResponse } from './subscribe.response';

@ApiTags('epcis')
@Controller('epcis/queries/:queryName/subscriptions')
export class SubscribeController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @RequiresRole('operator')
  @ApiOperation({
    summary: 'Subscribe a webhook to a named query',
    description: 'Events recorded from now on that match are POSTed to `dest` as EPCISQueryDocuments, signed in GS1-Signature, at least once and in log order.',
  })
  @ApiCreatedResponse({ type: SubscribedResponse, description: 'Location: /epcis/queries/{queryName}/subscriptions/{subscriptionID}' })
  @ApiErrors({ 400: 'Also: a destination that is not an http(s) URL, or resolves to a private or loopback address not allowed', 404: 'No such query' })
  async subscribe(
    @Param() { queryName }: QueryParams,
    @Body() body: SubscribeRequest,
    @CommandMeta() context: CommandContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<SubscribedResponse> {
    const subscribed = await this.commands.execute(new SubscribeCommand(queryName, body.dest, body.signatureToken, context));
    response.location(`/epcis/queries/${encodeURIComponent(queryName)}/subscriptions/${subscribed.subscriptionID}`);
    return subscribed;
  }
}
