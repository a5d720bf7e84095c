import { Body, Controller, Param } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { CommandContext, CommandMeta } from '../../shared/command-context';
import { LotParams } from '../../shared/validators';
import { ChangeLotCommand } from '../change-lot/change-lot.command';
import { LotChangeRoute } from '../change-lot/lot-change-route';
import { LotChangedResponse } from '../change-lot/lot-changed.response';
import { MoveLotStockRequest } from './move-lot-stock.request';

@ApiTags('lots')
@Controller('v1/lots/:lotId/moves')
export class MoveLotStockController {
  constructor(private readonly commands: CommandBus) {}

  @LotChangeRoute('Move stock of a lot between locations', '`insufficient-quantity`')
  move(@Param() { lotId }: LotParams, @Body() body: MoveLotStockRequest, @CommandMeta() context: CommandContext): Promise<LotChangedResponse> {
    return this.commands.execute(new ChangeLotCommand(body.toCommand(lotId), body.occurredAt, context));
  }
}
