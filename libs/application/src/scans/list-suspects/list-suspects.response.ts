import { ApiProperty } from '@nestjs/swagger';
import { SUSPECT_RULES } from '@trace/domain';

/** A suspicion and its evidence. */
export class SuspectResponse {
  @ApiProperty({ example: 'PUMP-200' })
  sku: string;

  @ApiProperty({ example: 'SN-1' })
  serial: string;

  @ApiProperty({ enum: SUSPECT_RULES })
  rule: string;

  @ApiProperty({ example: 'seen at MARKET at 2026-12-07T10:00:00.000Z, after it was scrapped' })
  evidence: string;

  @ApiProperty({ description: 'When the evidence was seen' })
  suspectedAt: string;

  @ApiProperty()
  cleared: boolean;

  @ApiProperty({ type: String, nullable: true })
  clearedAt: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'Why it was cleared' })
  note: string | null;
}
