import { Body, Controller, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '@trace/http';
import { CommandContext, CommandMeta } from '../../shared/command-context';
import { ChangedResponse } from '../../shared/responses';
import { ChangeContainerCommand } from '../change-container/change-container.command';
import { ContainerParams } from '../container-params';
import { MoveRequest } from '../../shared/movement-requests';
import { RequiresRole } from '../../access/route-access';

@ApiTags('containers')
@Controller('v1/containers/:containerId/moves')
export class MoveContainerController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @RequiresRole('operator')
  @ApiOperation({ summary: 'Move the container, and everything in it, inside the company' })
  @ApiCreatedResponse({ type: ChangedResponse, description: "The container's revision" })
  @ApiErrors({
    400: true,
    404: 'No such container',
    409: 'Refused by a rule (`details.rule`): packed in another container, in transit, already there, …; nothing moved',
  })
  move(@Param() { containerId }: ContainerParams, @Body() body: MoveRequest, @CommandMeta() context: CommandContext): Promise<ChangedResponse> {
    return this.commands.execute(new ChangeContainerCommand(containerId, body.toCommand(), body.occurredAt, context));
  }
}
