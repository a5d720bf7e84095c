import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '@trace/http';
import { CommandContext, CommandMeta } from '../../shared/command-context';
import { RecallParams } from '../recall-params';
import { CloseRecallCommand } from './close-recall.command';
import { CloseRecallRequest } from './close-recall.request';
import { RecallClosedResponse } from './close-recall.response';
import { RequiresRole } from '../../access/route-access';

@ApiTags('recalls')
@Controller('v1/recalls/:recallId/close')
export class CloseRecallController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @RequiresRole('recall-coordinator')
  @HttpCode(200)
  @ApiOperation({ summary: 'Close a recall; refused while units or lots are outstanding unless forced with a reason (they are released)' })
  @ApiOkResponse({ type: RecallClosedResponse })
  @ApiErrors({
    400: true,
    404: 'No such recall',
    409: 'Units outstanding (`units-outstanding`), lots outstanding (`lots-outstanding`), or already closed (`recall-closed`)',
  })
  close(@Param() { recallId }: RecallParams, @Body() body: CloseRecallRequest, @CommandMeta() context: CommandContext): Promise<RecallClosedResponse> {
    return this.commands.execute(new CloseRecallCommand(recallId, body, context));
  }
}
