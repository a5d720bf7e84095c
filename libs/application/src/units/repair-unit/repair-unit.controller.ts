import { Body, Controller, Param } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { CommandContext, CommandMeta } from '../../shared/command-context';
import { ChangedResponse } from '../../shared/responses';
import { UnitParams } from '../../shared/validators';
import { ChangeUnitCommand } from '../change-unit/change-unit.command';
import { UnitChangeRoute } from '../change-unit/unit-change-route';
import { RepairUnitRequest } from './repair-unit.request';

@ApiTags('units')
@Controller('v1/units/:sku/:serial/repairs')
export class RepairUnitController {
  constructor(private readonly commands: CommandBus) {}

  @UnitChangeRoute('Record a repair; the unit is back in stock')
  repair(@Param() { sku, serial }: UnitParams, @Body() body: RepairUnitRequest, @CommandMeta() context: CommandContext): Promise<ChangedResponse> {
    return this.commands.execute(new ChangeUnitCommand({ sku, serial }, body.toCommand(), body.occurredAt, context));
  }
}
