import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean } from 'class-validator';
import { IDENTIFIER_SCHEMA, IsIdentifier, Optional } from '../../shared/validators';

export class OpenCountRequest {
  @ApiProperty({ ...IDENTIFIER_SCHEMA, example: 'CC-2026-12-WH-A' })
  @IsIdentifier()
  countId: string;

  @ApiProperty({ ...IDENTIFIER_SCHEMA, example: 'WH-A' })
  @IsIdentifier()
  location: string;

  @ApiPropertyOptional({ default: false, description: 'Count every location under this one too (`WH-A/…`)' })
  @Optional()
  @IsBoolean()
  includeSublocations?: boolean;

  @ApiPropertyOptional({ default: false, description: 'Counters see no expectation: the progress numbers are for admins until the count is closed' })
  @Optional()
  @IsBoolean()
  blind?: boolean;
}
