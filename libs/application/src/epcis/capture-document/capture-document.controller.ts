import { Body, Controller, Headers, HttpCode, HttpStatus, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiAcceptedResponse, ApiBody, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '@trace/http';
import { Response } from 'express';
import { RequiresRole } from '../../access/route-access';
import { CommandContext, CommandMeta } from '../../shared/command-context';
import { CaptureJobResponse } from '../capture-job.response';
import { CAPTURE_LIMIT_HEADERS } from '../capture-limits';
import { captureErrorBehaviour, contextOf, documentEvents, epcisBody } from '../epcis-request';
import { CaptureDocumentCommand } from './capture-document.command';

@ApiTags('epcis')
@Controller('epcis/capture')
export class CaptureDocumentController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @RequiresRole('operator')
  @HttpCode(HttpStatus.ACCEPTED)
  @ApiOperation({
    summary: 'Capture an EPCISDocument (EPCIS 2.0 JSON-LD, application/ld+json or application/json)',
    description:
      'Validated against GS1’s EPCIS 2.0 JSON schema, then every event is kept as captured and carried out on the units, lots and containers it names (see docs/epcis.md); the answer is the finished job, at `Location`.',
  })
  @ApiHeader({
    name: 'GS1-Capture-Error-Behaviour',
    required: false,
    enum: ['rollback', 'proceed'],
    description: 'rollback (default): nothing is applied if any event fails',
  })
  @ApiBody({ schema: { type: 'object', description: 'An EPCISDocument' } })
  @ApiAcceptedResponse({ type: CaptureJobResponse, description: 'The job, finished; Location: /epcis/capture/{captureID}' })
  @ApiErrors({
    400: 'Not a valid EPCISDocument: the schema’s errors, field by field; nothing is captured',
    409: 'Streams kept changing under concurrent writers',
  })
  async capture(
    @Body() body: unknown,
    @Headers('gs1-capture-error-behaviour') behaviourHeader: string | undefined,
    @CommandMeta() context: CommandContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CaptureJobResponse> {
    response.set(CAPTURE_LIMIT_HEADERS);
    const behaviour = captureErrorBehaviour(behaviourHeader);
    const document = epcisBody(body, 'EPCISDocument');
    const job = await this.commands.execute(new CaptureDocumentCommand(documentEvents(document), contextOf(document), behaviour, context));
    response.location(`/epcis/capture/${encodeURIComponent(job.captureID)}`);
    return job;
  }
}
