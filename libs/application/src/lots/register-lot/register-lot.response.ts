import { ApiProperty } from '@nestjs/swagger';
import { ChangedResponse } from '../../shared/responses';

export class LotRegisteredResponse extends ChangedResponse {
  @ApiProperty({ example: 'LOT-2026-11-A' })
  lotId: string;
}
