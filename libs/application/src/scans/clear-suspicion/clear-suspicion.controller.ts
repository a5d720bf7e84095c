import { Body, Controller, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '@trace/http';
import { RequiresRole } from '../../access/route-access';
import { CommandContext, CommandMeta } from '../../shared/command-context';
import { ChangedResponse } from '../../shared/responses';
import { UnitParams } from '../../shared/validators';
import { ClearSuspicionCommand } from './clear-suspicion.command';
import { ClearSuspicionRequest } from './clear-suspicion.request';

@ApiTags('scans')
@Controller('v1/units/:sku/:serial/suspicion/clear')
export class ClearSuspicionController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @RequiresRole('admin')
  @ApiOperation({ summary: 'Clear a suspect unit, saying why; who cleared it is recorded' })
  @ApiCreatedResponse({ type: ChangedResponse })
  @ApiErrors({ 400: true, 404: 'No such unit', 409: 'The unit is not suspect (`not-suspect`)' })
  clear(@Param() unit: UnitParams, @Body() { note }: ClearSuspicionRequest, @CommandMeta() context: CommandContext): Promise<ChangedResponse> {
    return this.commands.execute(new ClearSuspicionCommand({ sku: unit.sku, serial: unit.serial }, note, context));
  }
}
