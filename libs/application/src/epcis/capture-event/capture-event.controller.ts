import { Body, Controller, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBody, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '@trace/http';
import { Response } from 'express';
import { RequiresRole } from '../../access/route-access';
import { CommandContext, CommandMeta } from '../../shared/command-context';
import { CAPTURE_LIMIT_HEADERS } from '../capture-limits';
import { epcisBody } from '../epcis-request';
import { CaptureEventCommand } from './capture-event.command';
import { CapturedEventResponse } from './capture-event.response';

@ApiTags('epcis')
@Controller('epcis/events')
export class CaptureEventController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @RequiresRole('operator')
  @ApiOperation({ summary: 'Capture one EPCIS event (with its @context); refused, capturing nothing, when the domain refuses it' })
  @ApiBody({ schema: { type: 'object', description: 'An EPCIS 2.0 event: ObjectEvent, AggregationEvent, TransformationEvent, …' } })
  @ApiCreatedResponse({ type: CapturedEventResponse, description: 'Captured (or captured before); Location: /epcis/events/{eventID}' })
  @ApiErrors({
    400: 'Not a valid EPCIS event, or a malformed identifier in it',
    404: 'A unit, lot or container it names is unknown',
    409: 'A rule refused it (the rule is named)',
  })
  async capture(@Body() body: unknown, @CommandMeta() context: CommandContext, @Res({ passthrough: true }) response: Response): Promise<CapturedEventResponse> {
    response.set(CAPTURE_LIMIT_HEADERS);
    const captured = await this.commands.execute(new CaptureEventCommand(epcisBody(body, 'event'), context));
    response.location(`/epcis/events/${encodeURIComponent(captured.eventID)}`);
    return captured;
  }
}
