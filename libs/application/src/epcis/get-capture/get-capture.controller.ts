import { Controller, Get, Param } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '@trace/http';
import { AnyRole } from '../../access/route-access';
import { CaptureJobResponse } from '../capture-job.response';
import { GetCaptureQuery } from './get-capture.query';
import { CaptureParams } from './get-capture.request';

@ApiTags('epcis')
@Controller('epcis/capture/:captureID')
export class GetCaptureController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @AnyRole()
  @ApiOperation({ summary: 'A capture job: whether it succeeded, and each failed event with its index, id, rule and reason' })
  @ApiOkResponse({ type: CaptureJobResponse })
  @ApiErrors({ 400: true, 404: 'No such capture' })
  get(@Param() { captureID }: CaptureParams): Promise<CaptureJobResponse> {
    return this.queries.execute(new GetCaptureQuery(captureID));
  }
}
