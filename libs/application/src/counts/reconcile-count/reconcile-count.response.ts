import { ApiProperty } from '@nestjs/swagger';
import { CountReconciliationResponse } from '../get-count/get-count.response';

export class CountReconciledResponse extends CountReconciliationResponse {
  @ApiProperty({ example: 'CC-2026-12-WH-A' })
  countId: string;

  @ApiProperty({ description: "Revision of the count's stream after it", example: 4 })
  revision: number;

  @ApiProperty({ description: 'Position of its last event in the whole log', example: 1042 })
  position: number;
}
