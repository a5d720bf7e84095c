import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsString, Length } from 'class-validator';
import { PageParams } from '../../shared/paging';
import { IDENTIFIER_SCHEMA, IsIdentifier, IsInstant, Optional } from '../../shared/validators';
import { COUNT_STATES } from '../get-count/get-count.response';

export class ListCountsRequest extends PageParams {
  @ApiPropertyOptional({ ...IDENTIFIER_SCHEMA, example: 'WH-A' })
  @Optional()
  @IsIdentifier()
  location?: string;

  @ApiPropertyOptional({ enum: COUNT_STATES })
  @Optional()
  @IsIn(COUNT_STATES)
  state?: (typeof COUNT_STATES)[number];

  @ApiPropertyOptional({
    example: 'PUMP-200/SN-000123',
    description: 'SKU/serial: the counts that counted this unit (the SKU is what comes before the first slash)',
  })
  @Optional()
  @IsString()
  @Length(3, 1000)
  unit?: string;

  @ApiPropertyOptional({ example: '2026-12-01', description: 'Opened at or after this instant (a date is midnight UTC)' })
  @Optional()
  @IsInstant()
  from?: string;

  @ApiPropertyOptional({ example: '2027-01-01', description: 'Opened before this instant (a date is midnight UTC)' })
  @Optional()
  @IsInstant()
  to?: string;
}
