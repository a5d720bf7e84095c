import { Body, Controller, Param } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { CommandContext, CommandMeta } from '../../shared/command-context';
import { LotParams } from '../../shared/validators';
import { ChangeLotCommand } from '../change-lot/change-lot.command';
import { LotChangeRoute } from '../change-lot/lot-change-route';
import { ShipLotRequest } from './ship-lot.request';
import { LotShippedResponse } from './ship-lot.response';

@ApiTags('lots')
@Controller('v1/lots/:lotId/shipments')
export class ShipLotController {
  constructor(private readonly commands: CommandBus) {}

  @LotChangeRoute('Ship quantity of a lot to a party: in transit until received', '`insufficient-quantity`, `quarantined`, `expired`', LotShippedResponse)
  async ship(@Param() { lotId }: LotParams, @Body() body: ShipLotRequest, @CommandMeta() context: CommandContext): Promise<LotShippedResponse> {
    // Made from the command id, so a retry with the same Idempotency-Key answers the same shipment.
    const shipmentId = body.shipmentId ?? `SH-${context.commandId}`;
    const changed = await this.commands.execute(new ChangeLotCommand(body.toCommand(lotId, shipmentId), body.occurredAt, context));
    return { ...changed, shipmentId };
  }
}
