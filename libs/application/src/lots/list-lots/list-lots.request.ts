import { ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { TimeTravelParams } from '../../analytics/time-travel/time-travel.params';
import { PageParams } from '../../shared/paging';
import { IDENTIFIER_SCHEMA, IsIdentifier, IsInstant, Optional } from '../../shared/validators';

export class ListLotsRequest extends IntersectionType(PageParams, TimeTravelParams) {
  @ApiPropertyOptional({ ...IDENTIFIER_SCHEMA, example: 'FLOUR-T55' })
  @Optional()
  @IsIdentifier()
  sku?: string;

  @ApiPropertyOptional({ ...IDENTIFIER_SCHEMA, example: 'PLANT-1', description: 'Where the lot was produced, as registered' })
  @Optional()
  @IsIdentifier()
  site?: string;

  @ApiPropertyOptional({
    example: '2027-01-01',
    description: 'Lots expiring before this instant (a date is midnight UTC), soonest expiry first; lots without an expiry are left out',
  })
  @Optional()
  @IsInstant()
  expiringBefore?: string;

  @ApiPropertyOptional({ example: '2026-11-01', description: 'Produced at or after this instant (a date is midnight UTC)' })
  @Optional()
  @IsInstant()
  producedFrom?: string;

  @ApiPropertyOptional({ example: '2026-12-01', description: 'Produced before this instant (a date is midnight UTC)' })
  @Optional()
  @IsInstant()
  producedTo?: string;
}
