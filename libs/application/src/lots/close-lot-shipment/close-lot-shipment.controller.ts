import { Body, Controller, Param } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { CommandContext, CommandMeta } from '../../shared/command-context';
import { ChangeLotCommand } from '../change-lot/change-lot.command';
import { LotChangeRoute } from '../change-lot/lot-change-route';
import { LotChangedResponse } from '../change-lot/lot-changed.response';
import { CloseLotShipmentRequest, LotShipmentParams } from './close-lot-shipment.request';

@ApiTags('lots')
@Controller('v1/lots/:lotId/shipments/:shipmentId/close')
export class CloseLotShipmentController {
  constructor(private readonly commands: CommandBus) {}

  @LotChangeRoute('Close a shipment: what was never received is written off as lost in transit', '`shipment-closed`')
  close(@Param() params: LotShipmentParams, @Body() body: CloseLotShipmentRequest, @CommandMeta() context: CommandContext): Promise<LotChangedResponse> {
    return this.commands.execute(new ChangeLotCommand(body.toCommand(params), body.occurredAt, context));
  }
}
