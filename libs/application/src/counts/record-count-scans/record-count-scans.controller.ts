import { Body, Controller, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '@trace/http';
import { RequiresRole } from '../../access/route-access';
import { CommandContext, CommandMeta } from '../../shared/command-context';
import { CountParams } from '../count-params';
import { RecordCountScansCommand } from './record-count-scans.command';
import { RecordCountScansRequest } from './record-count-scans.request';
import { CountScansResponse } from './record-count-scans.response';

@ApiTags('counts')
@Controller('v1/counts/:countId/scans')
export class RecordCountScansController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @RequiresRole('operator')
  @ApiOperation({ summary: 'Count: up to 10,000 codes, units and lots; a unit counted again is a duplicate, not counted twice' })
  @ApiCreatedResponse({ type: CountScansResponse })
  @ApiErrors({ 400: true, 404: 'No such count', 409: 'The count is closed (count-closed)' })
  scan(@Param() { countId }: CountParams, @Body() body: RecordCountScansRequest, @CommandMeta() context: CommandContext): Promise<CountScansResponse> {
    return this.commands.execute(new RecordCountScansCommand(countId, body, context));
  }
}
