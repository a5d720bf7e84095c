import { ApiProperty } from '@nestjs/swagger';

export class SerialsAssignedResponse {
  @ApiProperty({ description: 'How many units were assigned', example: 998 })
  assigned: number;

  @ApiProperty({ type: [String], description: 'Serials already taken for this SKU, left untouched', example: ['SN-000017', 'SN-000018'] })
  conflicts: string[];

  @ApiProperty({ description: 'Position of the last event appended (or the log head when nothing was)', example: 1042 })
  position: number;
}
