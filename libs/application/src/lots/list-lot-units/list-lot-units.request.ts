import { ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { UNIT_STATUSES, UnitStatus } from '@trace/domain';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn } from 'class-validator';
import { TimeTravelParams } from '../../analytics/time-travel/time-travel.params';
import { PageParams } from '../../shared/paging';
import { IDENTIFIER_SCHEMA, IsIdentifier, Optional } from '../../shared/validators';
import { LotUnitsFilter } from '../../shared/lot-units-filter';

export class ListLotUnitsRequest extends IntersectionType(PageParams, TimeTravelParams) implements LotUnitsFilter {
  @ApiPropertyOptional({ enum: UNIT_STATUSES })
  @Optional()
  @IsIn(UNIT_STATUSES)
  status?: UnitStatus;

  @ApiPropertyOptional(IDENTIFIER_SCHEMA)
  @Optional()
  @IsIdentifier()
  location?: string;

  @ApiPropertyOptional({ description: 'Also units that consumed material from the lot or contain, at any depth, a unit that did; each item says `via`' })
  @Optional()
  @Transform(({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  transitive?: boolean;
}
