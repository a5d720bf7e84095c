import { Body, Controller, Param } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { CommandContext, CommandMeta } from '../../shared/command-context';
import { LotParams } from '../../shared/validators';
import { ChangeLotCommand } from '../change-lot/change-lot.command';
import { LotChangeRoute } from '../change-lot/lot-change-route';
import { LotChangedResponse } from '../change-lot/lot-changed.response';
import { DisposeLotRequest } from './dispose-lot.request';

@ApiTags('lots')
@Controller('v1/lots/:lotId/disposals')
export class DisposeLotController {
  constructor(private readonly commands: CommandBus) {}

  @LotChangeRoute('Destroy quantity of a lot (allowed for quarantined and expired stock)', '`insufficient-quantity`')
  dispose(@Param() { lotId }: LotParams, @Body() body: DisposeLotRequest, @CommandMeta() context: CommandContext): Promise<LotChangedResponse> {
    return this.commands.execute(new ChangeLotCommand(body.toCommand(lotId), body.occurredAt, context));
  }
}
