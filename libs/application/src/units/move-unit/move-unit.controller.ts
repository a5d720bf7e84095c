import { Body, Controller, Param } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { CommandContext, CommandMeta } from '../../shared/command-context';
import { ChangedResponse } from '../../shared/responses';
import { UnitParams } from '../../shared/validators';
import { ChangeUnitCommand } from '../change-unit/change-unit.command';
import { UnitChangeRoute } from '../change-unit/unit-change-route';
import { MoveRequest } from '../../shared/movement-requests';

@ApiTags('units')
@Controller('v1/units/:sku/:serial/moves')
export class MoveUnitController {
  constructor(private readonly commands: CommandBus) {}

  @UnitChangeRoute('Move a unit to another location inside the company')
  move(@Param() { sku, serial }: UnitParams, @Body() body: MoveRequest, @CommandMeta() context: CommandContext): Promise<ChangedResponse> {
    return this.commands.execute(new ChangeUnitCommand({ sku, serial }, body.toCommand(), body.occurredAt, context));
  }
}
