import { Body, Controller, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '@trace/http';
import { RequiresRole } from '../../access/route-access';
import { ChangeLotCommand } from '../../lots/change-lot/change-lot.command';
import { LotChangedResponse } from '../../lots/change-lot/lot-changed.response';
import { CommandContext, CommandMeta } from '../../shared/command-context';
import { RecallLotParams, ResolveLotRequest } from './resolve-lot.request';

@ApiTags('recalls')
@Controller('v1/recalls/:recallId/lots/:lotId/resolution')
export class ResolveLotController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @RequiresRole('recall-coordinator')
  @ApiOperation({ summary: 'Resolve one held lot: returned, destroyed or released; its hold is lifted' })
  @ApiCreatedResponse({ type: LotChangedResponse, description: "Where the lot's stream stands after the resolution" })
  @ApiErrors({ 400: true, 404: 'No such lot', 409: 'The lot is not held by this recall (`held-by-recall`), or is already resolved (`resolved-once`)' })
  resolve(@Param() { recallId, lotId }: RecallLotParams, @Body() body: ResolveLotRequest, @CommandMeta() context: CommandContext): Promise<LotChangedResponse> {
    return this.commands.execute(new ChangeLotCommand({ type: 'ResolveLotRecall', lotId, recallId, action: body.action, note: body.note }, undefined, context));
  }
}
