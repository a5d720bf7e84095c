import { Body, Controller, Param } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { CommandContext, CommandMeta } from '../../shared/command-context';
import { LotParams } from '../../shared/validators';
import { ChangeLotCommand } from '../change-lot/change-lot.command';
import { LotChangeRoute } from '../change-lot/lot-change-route';
import { LotChangedResponse } from '../change-lot/lot-changed.response';
import { AdjustLotRequest } from './adjust-lot.request';

@ApiTags('lots')
@Controller('v1/lots/:lotId/adjustments')
export class AdjustLotController {
  constructor(private readonly commands: CommandBus) {}

  @LotChangeRoute('Correct a lot’s quantity at a location (count corrections, spoilage, samples)', '`insufficient-quantity` (never below zero)')
  adjust(@Param() { lotId }: LotParams, @Body() body: AdjustLotRequest, @CommandMeta() context: CommandContext): Promise<LotChangedResponse> {
    return this.commands.execute(new ChangeLotCommand(body.toCommand(lotId), body.occurredAt, context));
  }
}
