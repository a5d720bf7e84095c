import { Body, Controller, Param } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { CommandContext, CommandMeta } from '../../shared/command-context';
import { ChangedResponse } from '../../shared/responses';
import { UnitParams } from '../../shared/validators';
import { ChangeWarrantyCommand } from '../change-warranty/change-warranty.command';
import { WarrantyRoute } from '../warranty-route';
import { ExtendWarrantyRequest } from './extend-warranty.request';

@ApiTags('warranty')
@Controller('v1/units/:sku/:serial/warranty/extensions')
export class ExtendWarrantyController {
  constructor(private readonly commands: CommandBus) {}

  @WarrantyRoute("Extend a unit's warranty by calendar months", ChangedResponse, {
    404: 'No such unit',
    409: '`no-warranty` (it has not started), `warranty-void`',
  })
  extend(@Param() { sku, serial }: UnitParams, @Body() body: ExtendWarrantyRequest, @CommandMeta() context: CommandContext): Promise<ChangedResponse> {
    return this.commands.execute(new ChangeWarrantyCommand({ sku, serial }, { type: 'ExtendWarranty', months: body.months, reason: body.reason }, context));
  }
}
