import { Controller, Delete, Param } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '@trace/http';
import { CommandContext, CommandMeta } from '../../shared/command-context';
import { ChangedResponse } from '../../shared/responses';
import { UnpackUnitCommand } from './unpack-unit.command';
import { PackedUnitParams } from './unpack-unit.request';
import { RequiresRole } from '../../access/route-access';

@ApiTags('containers')
@Controller('v1/containers/:containerId/contents/:sku/:serial')
export class UnpackUnitController {
  constructor(private readonly commands: CommandBus) {}

  @Delete()
  @RequiresRole('operator')
  @ApiOperation({ summary: 'Unpack a unit; it stays where the container is' })
  @ApiOkResponse({ type: ChangedResponse, description: "The container's revision" })
  @ApiErrors({
    400: true,
    404: 'No such container or unit',
    409: 'Refused by a rule (`details.rule`): the unit is not packed in this container, or the container is in transit',
  })
  unpack(@Param() { containerId, sku, serial }: PackedUnitParams, @CommandMeta() context: CommandContext): Promise<ChangedResponse> {
    return this.commands.execute(new UnpackUnitCommand(containerId, { sku, serial }, context));
  }
}
