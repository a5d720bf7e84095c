import { Body, Controller, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '@trace/http';
import { CommandContext, CommandMeta } from '../../shared/command-context';
import { ChangedResponse } from '../../shared/responses';
import { UnitParams } from '../../shared/validators';
import { ConsumeLotCommand } from './consume-lot.command';
import { ConsumeLotRequest } from './consume-lot.request';
import { RequiresRole } from '../../access/route-access';

@ApiTags('genealogy')
@Controller('v1/units/:sku/:serial/consumed-lots')
export class ConsumeLotController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @RequiresRole('operator')
  @ApiOperation({ summary: 'Record material consumed from a lot into this unit' })
  @ApiCreatedResponse({ type: ChangedResponse, description: "The revision of this unit's stream" })
  @ApiErrors({
    400: true,
    404: 'No such unit',
    409: 'Refused by a rule (`details.rule`): only a unit in stock or returned takes more material; `insufficient-quantity` at `from`, `quarantined`',
    422: 'No such lot: `details` names `lotId`',
  })
  consume(@Param() unit: UnitParams, @Body() body: ConsumeLotRequest, @CommandMeta() context: CommandContext): Promise<ChangedResponse> {
    return this.commands.execute(new ConsumeLotCommand({ sku: unit.sku, serial: unit.serial }, body.lotId, body.quantity, body.from, body.occurredAt, context));
  }
}
