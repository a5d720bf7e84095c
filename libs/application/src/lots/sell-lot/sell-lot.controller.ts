import { Body, Controller, Param } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { CommandContext, CommandMeta } from '../../shared/command-context';
import { LotParams } from '../../shared/validators';
import { ChangeLotCommand } from '../change-lot/change-lot.command';
import { LotChangeRoute } from '../change-lot/lot-change-route';
import { LotChangedResponse } from '../change-lot/lot-changed.response';
import { SellLotRequest } from './sell-lot.request';

@ApiTags('lots')
@Controller('v1/lots/:lotId/sales')
export class SellLotController {
  constructor(private readonly commands: CommandBus) {}

  @LotChangeRoute('Sell quantity of a lot to a customer', '`insufficient-quantity`, `quarantined`, `expired`')
  sell(@Param() { lotId }: LotParams, @Body() body: SellLotRequest, @CommandMeta() context: CommandContext): Promise<LotChangedResponse> {
    return this.commands.execute(new ChangeLotCommand(body.toCommand(lotId), body.occurredAt, context));
  }
}
