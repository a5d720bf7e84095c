import { ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { TimeTravelParams } from '../../analytics/time-travel/time-travel.params';
import { IsIdentifier, IsInstant, Optional } from '../../shared/validators';
import { PageParams } from '../../shared/paging';

export class ListLocationLotsRequest extends IntersectionType(PageParams, TimeTravelParams) {
  @ApiPropertyOptional({ example: '2027-01-01', description: 'Only lots expiring before this instant (a date is midnight UTC)' })
  @Optional()
  @IsInstant()
  expiringBefore?: string;

  @ApiPropertyOptional({ example: 'FLOUR-T55' })
  @Optional()
  @IsIdentifier()
  sku?: string;
}
