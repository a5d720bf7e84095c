import { ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { UNIT_STATUSES, UnitStatus } from '@trace/domain';
import { IsIn } from 'class-validator';
import { TimeTravelParams } from '../../analytics/time-travel/time-travel.params';
import { PageParams } from '../../shared/paging';
import { IDENTIFIER_SCHEMA, IsIdentifier, Optional } from '../../shared/validators';

/** The filters that pick units by an index; status only narrows what one of them picks. */
export const UNIT_LIST_SELECTORS = ['sku', 'customer', 'custodian', 'location', 'lotId'] as const;

export class ListUnitsRequest extends IntersectionType(PageParams, TimeTravelParams) {
  @ApiPropertyOptional({ ...IDENTIFIER_SCHEMA, example: 'PUMP-200' })
  @Optional()
  @IsIdentifier()
  sku?: string;

  @ApiPropertyOptional({ enum: UNIT_STATUSES, description: 'Narrows one of the other filters' })
  @Optional()
  @IsIn(UNIT_STATUSES)
  status?: UnitStatus;

  @ApiPropertyOptional({ ...IDENTIFIER_SCHEMA, example: 'WH-A' })
  @Optional()
  @IsIdentifier()
  location?: string;

  @ApiPropertyOptional({
    ...IDENTIFIER_SCHEMA,
    example: 'ACME-HOSPITAL',
    description: 'Units the customer has, with the units built into them (each such unit says installedIn)',
  })
  @Optional()
  @IsIdentifier()
  customer?: string;

  @ApiPropertyOptional({ ...IDENTIFIER_SCHEMA, example: 'CARRIER-DHL' })
  @Optional()
  @IsIdentifier()
  custodian?: string;

  @ApiPropertyOptional({ ...IDENTIFIER_SCHEMA, example: 'LOT-2026-11-A' })
  @Optional()
  @IsIdentifier()
  lotId?: string;
}
