import { Body, Controller, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '@trace/http';
import { CommandContext, CommandMeta } from '../../shared/command-context';
import { ChangedResponse } from '../../shared/responses';
import { RecallUnitParams } from '../recall-params';
import { ResolveUnitCommand } from './resolve-unit.command';
import { ResolveUnitRequest } from './resolve-unit.request';
import { RequiresRole } from '../../access/route-access';

@ApiTags('recalls')
@Controller('v1/recalls/:recallId/units/:sku/:serial/resolution')
export class ResolveUnitController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @RequiresRole('recall-coordinator')
  @ApiOperation({ summary: 'Resolve one held unit: returned, destroyed, repaired or released; its hold is lifted' })
  @ApiCreatedResponse({ type: ChangedResponse, description: "Where the unit's stream stands after the resolution" })
  @ApiErrors({ 400: true, 404: 'No such unit', 409: 'The unit is not held by this recall, or is already resolved' })
  resolve(
    @Param() { recallId, sku, serial }: RecallUnitParams,
    @Body() body: ResolveUnitRequest,
    @CommandMeta() context: CommandContext,
  ): Promise<ChangedResponse> {
    return this.commands.execute(new ResolveUnitCommand(recallId, { sku, serial }, body, context));
  }
}
