import { Body, Controller, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '@trace/http';
import { CommandContext, CommandMeta } from '../../shared/command-context';
import { ChangedResponse } from '../../shared/responses';
import { UnitParams } from '../../shared/validators';
import { ChangeUnitCommand } from '../change-unit/change-unit.command';
import { SellUnitRequest } from './sell-unit.request';
import { RequiresRole } from '../../access/route-access';

@ApiTags('units')
@Controller('v1/units/:sku/:serial/sale')
export class SellUnitController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @RequiresRole('operator')
  @ApiOperation({ summary: 'Sell a unit to a customer' })
  @ApiCreatedResponse({ type: ChangedResponse })
  @ApiErrors({
    400: true,
    404: 'No such unit',
    409: 'The state machine refuses the command; `details.rule` names the rule',
    422: 'The Idempotency-Key was already used for another request',
  })
  sell(@Param() { sku, serial }: UnitParams, @Body() body: SellUnitRequest, @CommandMeta() context: CommandContext): Promise<ChangedResponse> {
    return this.commands.execute(new ChangeUnitCommand({ sku, serial }, body.toCommand(), body.occurredAt, context));
  }
}
