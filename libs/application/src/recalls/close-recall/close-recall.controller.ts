import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiConflictResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CommandContext, CommandMeta } from '../../shared/command-context';
import { RecallParams } from '../recall-params';
import { CloseRecallCommand } from './close-recall.command';
import { CloseRecallDto } from './close-recall.dto';

@ApiTags('recalls')
@Controller('v1/recalls/:recallId/close')
export class CloseRecallController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @HttpCode(200)
  @ApiOperation({ summary: 'Close a recall; refused while units are outstanding unless forced with a reason (they are released)' })
  @ApiOkResponse({ description: '{recallId, outstanding, revision, position}' })
  @ApiNotFoundResponse()
  @ApiConflictResponse({ description: 'Units outstanding (`units-outstanding`), or already closed' })
  close(@Param() { recallId }: RecallParams, @Body() body: CloseRecallDto, @CommandMeta() context: CommandContext) {
    return this.commands.execute(new CloseRecallCommand(recallId, body, context));
  }
}
