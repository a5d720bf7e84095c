import { Body, Controller, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '@trace/http';
import { RequiresRole } from '../../access/route-access';
import { CommandContext, CommandMeta } from '../../shared/command-context';
import { OpenCountCommand } from './open-count.command';
import { OpenCountRequest } from './open-count.request';
import { CountOpenedResponse } from './open-count.response';

@ApiTags('counts')
@Controller('v1/counts')
export class OpenCountController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @RequiresRole('operator')
  @ApiOperation({ summary: 'Open a cycle count of a location: what the record places there now is what the count expects' })
  @ApiCreatedResponse({ type: CountOpenedResponse })
  @ApiErrors({ 400: true, 409: 'A count with this id exists' })
  open(@Body() body: OpenCountRequest, @CommandMeta() context: CommandContext): Promise<CountOpenedResponse> {
    return this.commands.execute(new OpenCountCommand(body, context));
  }
}
