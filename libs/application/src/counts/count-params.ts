import { ApiProperty } from '@nestjs/swagger';
import { IDENTIFIER_SCHEMA, IsIdentifier } from '../shared/validators';

export class CountParams {
  @ApiProperty({ ...IDENTIFIER_SCHEMA, example: 'CC-2026-12-WH-A' })
  @IsIdentifier()
  countId: string;
}
