import { Controller, Delete, Param } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '@trace/http';
import { CommandContext, CommandMeta } from '../../shared/command-context';
import { ChangedResponse } from '../../shared/responses';
import { RemoveComponentCommand } from './remove-component.command';
import { RemoveComponentParams } from './remove-component.request';
import { RequiresRole } from '../../access/route-access';

@ApiTags('genealogy')
@Controller('v1/units/:sku/:serial/components/:childSku/:childSerial')
export class RemoveComponentController {
  constructor(private readonly commands: CommandBus) {}

  @Delete()
  @RequiresRole('operator')
  @ApiOperation({ summary: 'Remove a component unit from this unit' })
  @ApiOkResponse({ type: ChangedResponse, description: "The revision of this unit's stream" })
  @ApiErrors({
    400: true,
    404: 'No such unit or component unit',
    409: 'Refused by a rule (`details.rule`): the component is not installed in this unit, this unit is scrapped',
  })
  remove(@Param() params: RemoveComponentParams, @CommandMeta() context: CommandContext): Promise<ChangedResponse> {
    return this.commands.execute(
      new RemoveComponentCommand({ sku: params.sku, serial: params.serial }, { sku: params.childSku, serial: params.childSerial }, context),
    );
  }
}
