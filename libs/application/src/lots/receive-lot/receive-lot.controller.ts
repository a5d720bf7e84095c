import { Body, Controller, Param } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { CommandContext, CommandMeta } from '../../shared/command-context';
import { LotParams } from '../../shared/validators';
import { ChangeLotCommand } from '../change-lot/change-lot.command';
import { LotChangeRoute } from '../change-lot/lot-change-route';
import { LotChangedResponse } from '../change-lot/lot-changed.response';
import { ReceiveLotRequest } from './receive-lot.request';

@ApiTags('lots')
@Controller('v1/lots/:lotId/receipts')
export class ReceiveLotController {
  constructor(private readonly commands: CommandBus) {}

  @LotChangeRoute('Receive all or part of a lot’s shipment', '`receipt-exceeds-shipment`, `shipment-closed`')
  receive(@Param() { lotId }: LotParams, @Body() body: ReceiveLotRequest, @CommandMeta() context: CommandContext): Promise<LotChangedResponse> {
    return this.commands.execute(new ChangeLotCommand(body.toCommand(lotId), body.occurredAt, context));
  }
}
