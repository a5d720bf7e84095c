import { Body, Controller, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiConflictResponse, ApiCreatedResponse, ApiOperation, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { CommandContext, CommandMeta } from '../../shared/command-context';
import { AssignSerialCommand, AssignSerialResult } from './assign-serial.command';
import { AssignSerialDto } from './assign-serial.dto';

@ApiTags('units')
@Controller('v1/units')
export class AssignSerialController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @ApiOperation({ summary: 'Assign a serial: a new unit of a SKU, optionally from a lot' })
  @ApiCreatedResponse({ description: '{sku, serial, revision, position}' })
  @ApiConflictResponse({ description: 'The serial is already assigned for this SKU' })
  @ApiUnprocessableEntityResponse({ description: 'Unknown lot, or a lot of another SKU' })
  assign(@Body() body: AssignSerialDto, @CommandMeta() context: CommandContext): Promise<AssignSerialResult> {
    return this.commands.execute(new AssignSerialCommand(body, context));
  }
}
