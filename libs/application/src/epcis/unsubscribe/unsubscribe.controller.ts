import { Controller, Delete, HttpCode, Param } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '@trace/http';
import { RequiresRole } from '../../access/route-access';
import { CommandContext, CommandMeta } from '../../shared/command-context';
import { ChangedResponse } from '../../shared/responses';
import { UnsubscribeCommand } from './unsubscribe.command';
import { SubscriptionParams } from './unsubscribe.request';

@ApiTags('epcis')
@Controller('epcis/queries/:queryName/subscriptions/:subscriptionID')
export class UnsubscribeController {
  constructor(private readonly commands: CommandBus) {}

  @Delete()
  @RequiresRole('operator')
  @HttpCode(200)
  @ApiOperation({ summary: 'End a subscription: nothing recorded after it is delivered' })
  @ApiOkResponse({ type: ChangedResponse })
  @ApiErrors({ 400: true, 404: 'No such query or subscription' })
  unsubscribe(@Param() { queryName, subscriptionID }: SubscriptionParams, @CommandMeta() context: CommandContext): Promise<ChangedResponse> {
    return this.commands.execute(new UnsubscribeCommand(queryName, subscriptionID, context));
  }
}
