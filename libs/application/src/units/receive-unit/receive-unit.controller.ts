import { Body, Controller, Param } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { CommandContext, CommandMeta } from '../../shared/command-context';
import { ChangedResponse } from '../../shared/responses';
import { UnitParams } from '../../shared/validators';
import { ChangeUnitCommand } from '../change-unit/change-unit.command';
import { UnitChangeRoute } from '../change-unit/unit-change-route';
import { ReceiveRequest } from '../../shared/movement-requests';

@ApiTags('units')
@Controller('v1/units/:sku/:serial/receipts')
export class ReceiveUnitController {
  constructor(private readonly commands: CommandBus) {}

  @UnitChangeRoute('Record that a party received a unit in transit')
  receive(@Param() { sku, serial }: UnitParams, @Body() body: ReceiveRequest, @CommandMeta() context: CommandContext): Promise<ChangedResponse> {
    return this.commands.execute(new ChangeUnitCommand({ sku, serial }, body.toCommand(), body.occurredAt, context));
  }
}
