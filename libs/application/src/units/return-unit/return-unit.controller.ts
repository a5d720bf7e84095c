import { Body, Controller, Param } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { CommandContext, CommandMeta } from '../../shared/command-context';
import { ChangedResponse } from '../../shared/responses';
import { UnitParams } from '../../shared/validators';
import { ChangeUnitCommand } from '../change-unit/change-unit.command';
import { UnitChangeRoute } from '../change-unit/unit-change-route';
import { ReturnUnitRequest } from './return-unit.request';

@ApiTags('units')
@Controller('v1/units/:sku/:serial/returns')
export class ReturnUnitController {
  constructor(private readonly commands: CommandBus) {}

  @UnitChangeRoute('Take a sold unit back')
  return(@Param() { sku, serial }: UnitParams, @Body() body: ReturnUnitRequest, @CommandMeta() context: CommandContext): Promise<ChangedResponse> {
    return this.commands.execute(new ChangeUnitCommand({ sku, serial }, body.toCommand(), body.occurredAt, context));
  }
}
