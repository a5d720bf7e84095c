import { Body, Controller, Delete, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CommandContext, CommandMeta } from '../shared/command-context';
import { UnitParams } from '../shared/validators';
import { ConsumeLotCommand } from './consume-lot/consume-lot.command';
import { ConsumeLotDto } from './consume-lot/consume-lot.dto';
import { InstallComponentCommand } from './install-component/install-component.command';
import { InstallComponentDto } from './install-component/install-component.dto';
import { ComponentParams } from './remove-component/component-params';
import { RemoveComponentCommand } from './remove-component/remove-component.command';

const unitOf = (params: UnitParams) => ({ sku: params.sku, serial: params.serial });

/** Assembly of a unit: components in and out, material consumed. Answers `{revision, position}`. */
@ApiTags('genealogy')
@Controller('v1/units/:sku/:serial')
@ApiNotFoundResponse({ description: 'No such unit' })
@ApiConflictResponse({ description: 'Refused by a rule (`details.rule`): one parent at a time, no cycles, quarantined, …' })
export class AssemblyController {
  constructor(private readonly commands: CommandBus) {}

  @Post('components')
  @ApiOperation({ summary: 'Install a component unit into this unit' })
  @ApiCreatedResponse({ description: '{revision, position}' })
  install(@Param() parent: UnitParams, @Body() body: InstallComponentDto, @CommandMeta() context: CommandContext) {
    return this.commands.execute(new InstallComponentCommand(unitOf(parent), { sku: body.sku, serial: body.serial }, body.occurredAt, context));
  }

  @Delete('components/:childSku/:childSerial')
  @ApiOperation({ summary: 'Remove a component unit from this unit' })
  @ApiOkResponse({ description: '{revision, position}' })
  remove(@Param() params: ComponentParams, @CommandMeta() context: CommandContext) {
    return this.commands.execute(new RemoveComponentCommand(unitOf(params), { sku: params.childSku, serial: params.childSerial }, context));
  }

  @Post('consumed-lots')
  @ApiOperation({ summary: 'Record material consumed from a lot into this unit' })
  @ApiCreatedResponse({ description: '{revision, position}' })
  consume(@Param() unit: UnitParams, @Body() body: ConsumeLotDto, @CommandMeta() context: CommandContext) {
    return this.commands.execute(new ConsumeLotCommand(unitOf(unit), body, context));
  }
}
