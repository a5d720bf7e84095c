import { Body, Controller, Param } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { CommandContext, CommandMeta } from '../../shared/command-context';
import { LotParams } from '../../shared/validators';
import { ChangeLotCommand } from '../change-lot/change-lot.command';
import { LotChangeRoute } from '../change-lot/lot-change-route';
import { LotChangedResponse } from '../change-lot/lot-changed.response';
import { ReturnLotRequest } from './return-lot.request';

@ApiTags('lots')
@Controller('v1/lots/:lotId/returns')
export class ReturnLotController {
  constructor(private readonly commands: CommandBus) {}

  @LotChangeRoute('Take back quantity of a lot from a customer', '`return-exceeds-sale`')
  takeBack(@Param() { lotId }: LotParams, @Body() body: ReturnLotRequest, @CommandMeta() context: CommandContext): Promise<LotChangedResponse> {
    return this.commands.execute(new ChangeLotCommand(body.toCommand(lotId), body.occurredAt, context));
  }
}
