import { ApiPropertyOptional } from '@nestjs/swagger';
import { UNIT_STATUSES, UnitStatus } from '@trace/domain';
import { IsIn, IsOptional } from 'class-validator';
import { PageQueryDto } from '../../shared/paging';
import { IDENTIFIER_SCHEMA, IsIdentifier } from '../../shared/validators';

export class ListLotUnitsDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: UNIT_STATUSES })
  @IsOptional()
  @IsIn(UNIT_STATUSES)
  status?: UnitStatus;

  @ApiPropertyOptional(IDENTIFIER_SCHEMA)
  @IsOptional()
  @IsIdentifier()
  location?: string;
}
