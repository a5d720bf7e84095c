import { Body, Controller, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CommandContext, CommandMeta } from '../../shared/command-context';
import { UnitParams } from '../../shared/validators';
import { MoveUnitDto } from '../move-unit/move-unit.dto';
import { ReceiveUnitDto } from '../receive-unit/receive-unit.dto';
import { RepairUnitDto } from '../repair-unit/repair-unit.dto';
import { ReturnUnitDto } from '../return-unit/return-unit.dto';
import { ScrapUnitDto } from '../scrap-unit/scrap-unit.dto';
import { SellUnitDto } from '../sell-unit/sell-unit.dto';
import { ShipUnitDto } from '../ship-unit/ship-unit.dto';
import { ChangeUnitCommand, ChangeUnitResult, UnitChange } from './change-unit.command';

/** The lifecycle routes of one unit; each body is its use case's DTO, all decided by the unit decider. */
@ApiTags('units')
@Controller('v1/units/:sku/:serial')
@ApiCreatedResponse({ description: '{revision, position}' })
@ApiNotFoundResponse({ description: 'No such unit' })
@ApiConflictResponse({ description: 'The state machine refuses the command; `details.rule` names the rule' })
export class UnitLifecycleController {
  constructor(private readonly commands: CommandBus) {}

  @Post('moves')
  @ApiOperation({ summary: 'Move a unit to another location inside the company' })
  move(@Param() unit: UnitParams, @Body() body: MoveUnitDto, @CommandMeta() context: CommandContext) {
    return this.change(unit, body, context);
  }

  @Post('shipments')
  @ApiOperation({ summary: 'Ship a unit to a party; it is in transit until received' })
  ship(@Param() unit: UnitParams, @Body() body: ShipUnitDto, @CommandMeta() context: CommandContext) {
    return this.change(unit, body, context);
  }

  @Post('receipts')
  @ApiOperation({ summary: 'Record that a party received a unit in transit' })
  receive(@Param() unit: UnitParams, @Body() body: ReceiveUnitDto, @CommandMeta() context: CommandContext) {
    return this.change(unit, body, context);
  }

  @Post('sale')
  @ApiOperation({ summary: 'Sell a unit to a customer' })
  sell(@Param() unit: UnitParams, @Body() body: SellUnitDto, @CommandMeta() context: CommandContext) {
    return this.change(unit, body, context);
  }

  @Post('returns')
  @ApiOperation({ summary: 'Take a sold unit back' })
  return(@Param() unit: UnitParams, @Body() body: ReturnUnitDto, @CommandMeta() context: CommandContext) {
    return this.change(unit, body, context);
  }

  @Post('repairs')
  @ApiOperation({ summary: 'Record a repair; the unit is back in stock' })
  repair(@Param() unit: UnitParams, @Body() body: RepairUnitDto, @CommandMeta() context: CommandContext) {
    return this.change(unit, body, context);
  }

  @Post('scrap')
  @ApiOperation({ summary: 'Scrap a unit; it accepts nothing more' })
  scrap(@Param() unit: UnitParams, @Body() body: ScrapUnitDto, @CommandMeta() context: CommandContext) {
    return this.change(unit, body, context);
  }

  private change(unit: UnitParams, body: UnitChange, context: CommandContext): Promise<ChangeUnitResult> {
    return this.commands.execute(new ChangeUnitCommand({ sku: unit.sku, serial: unit.serial }, body.toCommand(), body.occurredAt, context));
  }
}
