import { ApiExtraModels, ApiProperty, getSchemaPath } from '@nestjs/swagger';
import { ScanResultResponse } from '../record-scan/record-scan.response';

class ScanErrorResponse {
  @ApiProperty({ example: 422 })
  statusCode: number;

  @ApiProperty({ example: 'GTIN 09506000134352 belongs to no product: register it with POST /v1/products' })
  message: string;

  @ApiProperty({
    required: false,
    description: 'As the error body of one scan has them: the fields at fault, or the rule',
    oneOf: [{ type: 'array', items: { type: 'object' } }, { type: 'object' }],
  })
  details?: unknown;
}

export class ScanFailedResponse {
  @ApiProperty({ type: ScanErrorResponse })
  error: ScanErrorResponse;
}

@ApiExtraModels(ScanResultResponse, ScanFailedResponse)
export class ScansResponse {
  @ApiProperty({
    description: 'One per code, in order: its scan answer, or the error that code alone met',
    type: 'array',
    items: { oneOf: [{ $ref: getSchemaPath(ScanResultResponse) }, { $ref: getSchemaPath(ScanFailedResponse) }] },
  })
  results: Array<ScanResultResponse | ScanFailedResponse>;

  @ApiProperty({ description: 'Position of the last event the batch appended (0 when it appended none)', example: 1042 })
  position: number;
}
