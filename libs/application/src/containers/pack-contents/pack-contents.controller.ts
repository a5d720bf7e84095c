import { Body, Controller, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '@trace/http';
import { CommandContext, CommandMeta } from '../../shared/command-context';
import { ChangedResponse } from '../../shared/responses';
import { ContainerParams } from '../container-params';
import { PackContentsCommand } from './pack-contents.command';
import { PackContentsRequest } from './pack-contents.request';
import { RequiresRole } from '../../access/route-access';

@ApiTags('containers')
@Controller('v1/containers/:containerId/contents')
export class PackContentsController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @RequiresRole('operator')
  @ApiOperation({ summary: 'Pack units and/or containers into this container; all or nothing' })
  @ApiCreatedResponse({ type: ChangedResponse, description: "The container's revision" })
  @ApiErrors({
    400: true,
    404: 'No such container',
    409: 'Refused by a rule (`details.rule`): pack where the container is, one container at a time, no cycles, in stock only, …; nothing was packed',
    422: 'A unit or container named in the body does not exist: `details` names it (`units[i]`, `containers[i]`); nothing was packed',
  })
  pack(@Param() { containerId }: ContainerParams, @Body() body: PackContentsRequest, @CommandMeta() context: CommandContext): Promise<ChangedResponse> {
    const units = (body.units ?? []).map(({ sku, serial }) => ({ sku, serial }));
    return this.commands.execute(new PackContentsCommand(containerId, units, body.containers ?? [], body.occurredAt, context));
  }
}
