import { Body, Controller, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiOperation, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { CommandContext, CommandMeta } from '../../shared/command-context';
import { AssignSerialsCommand, AssignSerialsResult } from './assign-serials.command';
import { AssignSerialsDto } from './assign-serials.dto';

@ApiTags('units')
@Controller('v1/units/batch')
export class AssignSerialsController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @ApiOperation({ summary: 'Assign up to 10,000 serials at once, as a list or a numbered range' })
  @ApiCreatedResponse({ description: '{assigned, conflicts: [serials already taken], position}' })
  @ApiUnprocessableEntityResponse({ description: 'Unknown lot, or a lot of another SKU' })
  assign(@Body() body: AssignSerialsDto, @CommandMeta() context: CommandContext): Promise<AssignSerialsResult> {
    return this.commands.execute(new AssignSerialsCommand(body, context));
  }
}
