import { Body, Controller, Param } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { CommandContext, CommandMeta } from '../../shared/command-context';
import { ChangedResponse } from '../../shared/responses';
import { UnitParams } from '../../shared/validators';
import { ChangeWarrantyCommand } from '../change-warranty/change-warranty.command';
import { WarrantyRoute } from '../warranty-route';
import { VoidWarrantyRequest } from './void-warranty.request';

@ApiTags('warranty')
@Controller('v1/units/:sku/:serial/warranty/void')
export class VoidWarrantyController {
  constructor(private readonly commands: CommandBus) {}

  @WarrantyRoute("Void a unit's warranty (tampering, misuse): no claim is accepted afterwards", ChangedResponse, {
    404: 'No such unit',
    409: '`no-warranty` (it has not started), `warranty-void` (already)',
  })
  void(@Param() { sku, serial }: UnitParams, @Body() body: VoidWarrantyRequest, @CommandMeta() context: CommandContext): Promise<ChangedResponse> {
    return this.commands.execute(new ChangeWarrantyCommand({ sku, serial }, { type: 'VoidWarranty', reason: body.reason }, context));
  }
}
