import { Controller, Delete, Param } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '@trace/http';
import { CommandContext, CommandMeta } from '../../shared/command-context';
import { ChangedResponse } from '../../shared/responses';
import { UnpackContainerCommand } from './unpack-container.command';
import { NestedContainerParams } from './unpack-container.request';
import { RequiresRole } from '../../access/route-access';

@ApiTags('containers')
@Controller('v1/containers/:containerId/containers/:childId')
export class UnpackContainerController {
  constructor(private readonly commands: CommandBus) {}

  @Delete()
  @RequiresRole('operator')
  @ApiOperation({ summary: 'Unpack a nested container; it stays where this one is' })
  @ApiOkResponse({ type: ChangedResponse, description: "The container's revision" })
  @ApiErrors({
    400: true,
    404: 'No such container or nested container',
    409: 'Refused by a rule (`details.rule`): the nested container is not packed in this one, or this one is in transit',
  })
  unpack(@Param() { containerId, childId }: NestedContainerParams, @CommandMeta() context: CommandContext): Promise<ChangedResponse> {
    return this.commands.execute(new UnpackContainerCommand(containerId, childId, context));
  }
}
