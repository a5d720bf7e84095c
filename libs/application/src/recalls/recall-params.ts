import { ApiProperty } from '@nestjs/swagger';
import { IDENTIFIER_SCHEMA, IsIdentifier } from '../shared/validators';

export class RecallParams {
  @ApiProperty({ ...IDENTIFIER_SCHEMA, example: 'RC-2026-017' })
  @IsIdentifier()
  recallId: string;
}
