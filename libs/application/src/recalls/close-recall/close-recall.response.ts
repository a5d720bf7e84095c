import { ApiProperty } from '@nestjs/swagger';
import { ChangedResponse } from '../../shared/responses';

export class RecallClosedResponse extends ChangedResponse {
  @ApiProperty({ example: 'RC-2026-017' })
  recallId: string;

  @ApiProperty({ type: 'integer', description: 'Units still outstanding when it closed; a forced close releases them', example: 0 })
  outstanding: number;

  @ApiProperty({ type: 'integer', description: 'Lots still outstanding when it closed; a forced close releases them', example: 0 })
  outstandingLots: number;
}
