import { Body, Controller, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '@trace/http';
import { CommandContext, CommandMeta } from '../../shared/command-context';
import { ChangedResponse } from '../../shared/responses';
import { UnitParams } from '../../shared/validators';
import { InstallComponentCommand } from './install-component.command';
import { InstallComponentRequest } from './install-component.request';
import { RequiresRole } from '../../access/route-access';

@ApiTags('genealogy')
@Controller('v1/units/:sku/:serial/components')
export class InstallComponentController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @RequiresRole('operator')
  @ApiOperation({ summary: 'Install a component unit into this unit' })
  @ApiCreatedResponse({ type: ChangedResponse, description: "The revision of this unit's stream" })
  @ApiErrors({
    400: true,
    404: 'No such unit',
    409: 'Refused by a rule (`details.rule`): one parent at a time, no cycles, quarantined, …',
    422: 'No such component unit: `details` names `serial`',
  })
  install(@Param() parent: UnitParams, @Body() body: InstallComponentRequest, @CommandMeta() context: CommandContext): Promise<ChangedResponse> {
    return this.commands.execute(
      new InstallComponentCommand({ sku: parent.sku, serial: parent.serial }, { sku: body.sku, serial: body.serial }, body.occurredAt, context),
    );
  }
}
