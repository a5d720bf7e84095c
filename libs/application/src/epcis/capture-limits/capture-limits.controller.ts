import { Controller, Header, HttpCode, HttpStatus, Options } from '@nestjs/common';
import { ApiNoContentResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AnyRole } from '../../access/route-access';
import { CAPTURE_LIMIT_HEADERS } from '../capture-limits';

const [[COUNT_HEADER, COUNT], [SIZE_HEADER, SIZE]] = Object.entries(CAPTURE_LIMIT_HEADERS);

@ApiTags('epcis')
@Controller('epcis/capture')
export class CaptureLimitsController {
  @Options()
  @AnyRole()
  @HttpCode(HttpStatus.NO_CONTENT)
  @Header(COUNT_HEADER, COUNT)
  @Header(SIZE_HEADER, SIZE)
  @Header('Allow', 'OPTIONS, POST')
  @ApiOperation({ summary: 'The capture limits: events per document (GS1-EPCIS-Capture-Limit) and bytes (GS1-EPCIS-Capture-File-Size-Limit)' })
  @ApiNoContentResponse({ description: 'The limits, in the headers' })
  limits(): void {}
}
