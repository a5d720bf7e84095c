import { Body, Controller, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiConflictResponse, ApiCreatedResponse, ApiOperation, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { CommandContext, CommandMeta } from '../../shared/command-context';
import { OpenRecallCommand } from './open-recall.command';
import { OpenRecallDto } from './open-recall.dto';

@ApiTags('recalls')
@Controller('v1/recalls')
export class OpenRecallController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @ApiOperation({ summary: 'Recall lots and/or units: every affected unit, at any depth, is quarantined' })
  @ApiCreatedResponse({ description: '{recallId, position}' })
  @ApiConflictResponse({ description: 'The recall id is taken' })
  @ApiUnprocessableEntityResponse({ description: 'An unknown lot or unit' })
  open(@Body() body: OpenRecallDto, @CommandMeta() context: CommandContext): Promise<{ recallId: string; position: number }> {
    return this.commands.execute(new OpenRecallCommand(body, context));
  }
}
