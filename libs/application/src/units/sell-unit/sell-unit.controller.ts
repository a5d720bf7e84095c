import { Body, Controller, Param } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { CommandContext, CommandMeta } from '../../shared/command-context';
import { ChangedResponse } from '../../shared/responses';
import { UnitParams } from '../../shared/validators';
import { ChangeUnitCommand } from '../change-unit/change-unit.command';
import { UnitChangeRoute } from '../change-unit/unit-change-route';
import { SellUnitRequest } from './sell-unit.request';

@ApiTags('units')
@Controller('v1/units/:sku/:serial/sale')
export class SellUnitController {
  constructor(private readonly commands: CommandBus) {}

  @UnitChangeRoute('Sell a unit to a customer')
  sell(@Param() { sku, serial }: UnitParams, @Body() body: SellUnitRequest, @CommandMeta() context: CommandContext): Promise<ChangedResponse> {
    return this.commands.execute(new ChangeUnitCommand({ sku, serial }, body.toCommand(), body.occurredAt, context));
  }
}
