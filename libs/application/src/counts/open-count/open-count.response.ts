import { ApiProperty } from '@nestjs/swagger';
import { ChangedResponse } from '../../shared/responses';

export class CountOpenedResponse extends ChangedResponse {
  @ApiProperty({ example: 'CC-2026-12-WH-A' })
  countId: string;

  @ApiProperty({ example: 1200, description: 'Units the record places at the location (in stock or returned) when the count opened' })
  expectedUnits: number;

  @ApiProperty({ example: 3, description: 'Lots with stock there when the count opened' })
  expectedLots: number;
}
