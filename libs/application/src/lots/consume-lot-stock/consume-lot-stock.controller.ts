import { Body, Controller, Param } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { InvalidInput } from '@trace/domain';
import { ConsumeLotCommand } from '../../genealogy/consume-lot/consume-lot.command';
import { CommandContext, CommandMeta } from '../../shared/command-context';
import { LotParams } from '../../shared/validators';
import { LotChangeRoute } from '../change-lot/lot-change-route';
import { LotChangedResponse } from '../change-lot/lot-changed.response';
import { ConsumeIntoLotCommand } from './consume-lot-stock.command';
import { ConsumeLotStockRequest } from './consume-lot-stock.request';

@ApiTags('lots')
@Controller('v1/lots/:lotId/consumptions')
export class ConsumeLotStockController {
  constructor(private readonly commands: CommandBus) {}

  @LotChangeRoute(
    'Consume stock of a lot into another lot (a production) or into a serialised unit',
    '`insufficient-quantity`, `quarantined`; 422 when the lot or unit it goes into does not exist',
  )
  async consume(@Param() { lotId }: LotParams, @Body() body: ConsumeLotStockRequest, @CommandMeta() context: CommandContext): Promise<LotChangedResponse> {
    const { from, quantity, intoLot, intoUnit, occurredAt } = body;
    if ((intoLot === undefined) === (intoUnit === undefined)) throw InvalidInput.field('intoLot', 'give either intoLot or intoUnit');
    if (intoLot !== undefined) return this.commands.execute(new ConsumeIntoLotCommand(lotId, from, quantity, intoLot, occurredAt, context));
    const unit = { sku: intoUnit!.sku, serial: intoUnit!.serial };
    const changed = await this.commands.execute(new ConsumeLotCommand(unit, lotId, quantity, from, occurredAt, context, 'lot'));
    return { lotId, ...changed };
  }
}
