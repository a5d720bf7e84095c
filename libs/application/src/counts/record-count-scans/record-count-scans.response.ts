import { ApiProperty } from '@nestjs/swagger';
import { ChangedResponse } from '../../shared/responses';

export class CountScansResponse extends ChangedResponse {
  @ApiProperty({ example: 998, description: 'Known units (wherever the record places them) newly counted, and lot lines counted' })
  accepted: number;

  @ApiProperty({ example: 2, description: 'Units counted before (in this count or earlier in the request): not counted twice' })
  duplicates: number;

  @ApiProperty({ example: 0, description: 'Codes and identifiers of no issued serial, no product or no lot: kept for the report' })
  unknown: number;
}
