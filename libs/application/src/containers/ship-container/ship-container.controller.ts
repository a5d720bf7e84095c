import { Body, Controller, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '@trace/http';
import { CommandContext, CommandMeta } from '../../shared/command-context';
import { ChangedResponse } from '../../shared/responses';
import { ChangeContainerCommand } from '../change-container/change-container.command';
import { ContainerParams } from '../container-params';
import { ShipRequest } from '../../shared/movement-requests';
import { RequiresRole } from '../../access/route-access';

@ApiTags('containers')
@Controller('v1/containers/:containerId/shipments')
export class ShipContainerController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @RequiresRole('operator')
  @ApiOperation({ summary: 'Ship the container to a party; refused while a unit inside is quarantined' })
  @ApiCreatedResponse({ type: ChangedResponse, description: "The container's revision" })
  @ApiErrors({
    400: true,
    404: 'No such container',
    409: 'Refused by a rule (`details.rule`): a unit inside is quarantined, packed in another container, in transit, …; nothing shipped',
  })
  ship(@Param() { containerId }: ContainerParams, @Body() body: ShipRequest, @CommandMeta() context: CommandContext): Promise<ChangedResponse> {
    return this.commands.execute(new ChangeContainerCommand(containerId, body.toCommand(), body.occurredAt, context));
  }
}
