import { ApiProperty } from '@nestjs/swagger';
import { ChangedResponse } from '../../shared/responses';

export class LotChangedResponse extends ChangedResponse {
  @ApiProperty({ example: 'FLOUR-2026-11' })
  lotId: string;
}
