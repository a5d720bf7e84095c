import { Body, Controller, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CommandContext, CommandMeta } from '../shared/command-context';
import { MoveUnitDto } from '../units/move-unit/move-unit.dto';
import { ReceiveUnitDto } from '../units/receive-unit/receive-unit.dto';
import { ShipUnitDto } from '../units/ship-unit/ship-unit.dto';
import { ChangeContainerCommand } from './change-container/change-container.command';
import { ContainerParams } from './container-params';

type ContainerChangeBody = MoveUnitDto | ShipUnitDto | ReceiveUnitDto;

/** Cases and pallets: packing, and moves that carry everything inside. Answers `{revision, position}` of the container. */
@ApiTags('containers')
@Controller('v1/containers')
@ApiNotFoundResponse({ description: 'No such container' })
@ApiConflictResponse({ description: 'Refused by a rule (`details.rule`): pack where the container is, one container at a time, no cycles, quarantined, …' })
export class ContainersController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':containerId/moves')
  @ApiOperation({ summary: 'Move the container, and everything in it, inside the company' })
  @ApiCreatedResponse({ description: '{revision, position}' })
  move(@Param() params: ContainerParams, @Body() body: MoveUnitDto, @CommandMeta() context: CommandContext) {
    return this.change(params, body, context);
  }

  @Post(':containerId/shipments')
  @ApiOperation({ summary: 'Ship the container to a party; refused while a unit inside is quarantined' })
  @ApiCreatedResponse({ description: '{revision, position}' })
  ship(@Param() params: ContainerParams, @Body() body: ShipUnitDto, @CommandMeta() context: CommandContext) {
    return this.change(params, body, context);
  }

  @Post(':containerId/receipts')
  @ApiOperation({ summary: 'Record that a party received the container, and everything in it' })
  @ApiCreatedResponse({ description: '{revision, position}' })
  receive(@Param() params: ContainerParams, @Body() body: ReceiveUnitDto, @CommandMeta() context: CommandContext) {
    return this.change(params, body, context);
  }

  private change({ containerId }: ContainerParams, body: ContainerChangeBody, context: CommandContext) {
    return this.commands.execute(new ChangeContainerCommand(containerId, body.toCommand(), body.occurredAt, context));
  }
}
