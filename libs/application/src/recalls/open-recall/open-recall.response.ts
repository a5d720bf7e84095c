import { ApiProperty } from '@nestjs/swagger';

/** A recall opened: its id (generated when none was given) and where its last event stands. */
export class RecallOpenedResponse {
  @ApiProperty({ example: 'RC-2026-017' })
  recallId: string;

  @ApiProperty({ description: 'Position of its last event in the whole log: send it back as X-Min-Position to read your writes', example: 1042 })
  position: number;
}
