import { Body, Controller, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '@trace/http';
import { CommandContext, CommandMeta } from '../../shared/command-context';
import { ChangedResponse } from '../../shared/responses';
import { ChangeContainerCommand } from '../change-container/change-container.command';
import { ContainerParams } from '../container-params';
import { ReceiveRequest } from '../../shared/movement-requests';
import { RequiresRole } from '../../access/route-access';

@ApiTags('containers')
@Controller('v1/containers/:containerId/receipts')
export class ReceiveContainerController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @RequiresRole('operator')
  @ApiOperation({ summary: 'Record that a party received the container, and everything in it' })
  @ApiCreatedResponse({ type: ChangedResponse, description: "The container's revision" })
  @ApiErrors({
    400: true,
    404: 'No such container',
    409: 'Refused by a rule (`details.rule`): not shipped, packed in another container, …; nothing recorded',
  })
  receive(@Param() { containerId }: ContainerParams, @Body() body: ReceiveRequest, @CommandMeta() context: CommandContext): Promise<ChangedResponse> {
    return this.commands.execute(new ChangeContainerCommand(containerId, body.toCommand(), body.occurredAt, context));
  }
}
