import { Body, Controller, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '@trace/http';
import { CommandContext, CommandMeta } from '../../shared/command-context';
import { OpenRecallCommand } from './open-recall.command';
import { OpenRecallRequest } from './open-recall.request';
import { RecallOpenedResponse } from './open-recall.response';
import { RequiresRole } from '../../access/route-access';

@ApiTags('recalls')
@Controller('v1/recalls')
export class OpenRecallController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @RequiresRole('recall-coordinator')
  @ApiOperation({ summary: 'Recall lots and/or units: every affected unit, at any depth, is quarantined' })
  @ApiCreatedResponse({ type: RecallOpenedResponse })
  @ApiErrors({ 400: true, 409: 'The recall id is taken', 422: 'An unknown lot or unit' })
  open(@Body() body: OpenRecallRequest, @CommandMeta() context: CommandContext): Promise<RecallOpenedResponse> {
    return this.commands.execute(new OpenRecallCommand(body, context));
  }
}
