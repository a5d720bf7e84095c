import { Body, Controller, Param } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { CommandContext, CommandMeta } from '../../shared/command-context';
import { ChangedResponse } from '../../shared/responses';
import { UnitParams } from '../../shared/validators';
import { ChangeUnitCommand } from '../change-unit/change-unit.command';
import { UnitChangeRoute } from '../change-unit/unit-change-route';
import { ShipRequest } from '../../shared/movement-requests';

@ApiTags('units')
@Controller('v1/units/:sku/:serial/shipments')
export class ShipUnitController {
  constructor(private readonly commands: CommandBus) {}

  @UnitChangeRoute('Ship a unit to a party; it is in transit until received')
  ship(@Param() { sku, serial }: UnitParams, @Body() body: ShipRequest, @CommandMeta() context: CommandContext): Promise<ChangedResponse> {
    return this.commands.execute(new ChangeUnitCommand({ sku, serial }, body.toCommand(), body.occurredAt, context));
  }
}
