import { Controller, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '@trace/http';
import { RequiresRole } from '../../access/route-access';
import { CommandContext, CommandMeta } from '../../shared/command-context';
import { CountParams } from '../count-params';
import { CloseCountCommand } from './close-count.command';
import { CountClosedResponse } from '../get-count/get-count.response';

@ApiTags('counts')
@Controller('v1/counts/:countId/close')
export class CloseCountController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @RequiresRole('operator')
  @ApiOperation({ summary: 'End counting: the report is judged against the record now and kept' })
  @ApiCreatedResponse({ type: CountClosedResponse })
  @ApiErrors({ 400: true, 404: 'No such count', 409: 'The count is already closed (count-closed)' })
  close(@Param() { countId }: CountParams, @CommandMeta() context: CommandContext): Promise<CountClosedResponse> {
    return this.commands.execute(new CloseCountCommand(countId, context));
  }
}
