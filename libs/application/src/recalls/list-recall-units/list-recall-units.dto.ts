import { ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { PageParams } from '../../shared/paging';
import { CONTAINER_ID_SCHEMA, IsContainerId } from '../../containers/container-params';
import { IDENTIFIER_SCHEMA, IsIdentifier, Optional } from '../../shared/validators';

export const RECALL_UNIT_STATES = ['outstanding', 'resolved'] as const;

export class RecallUnitsFilterDto {
  @ApiPropertyOptional({ enum: RECALL_UNIT_STATES })
  @Optional()
  @IsIn(RECALL_UNIT_STATES)
  state?: (typeof RECALL_UNIT_STATES)[number];

  @ApiPropertyOptional(IDENTIFIER_SCHEMA)
  @Optional()
  @IsIdentifier()
  location?: string;

  @ApiPropertyOptional({ ...CONTAINER_ID_SCHEMA, description: 'Units packed directly in this container (a case, or a pallet for units packed on it)' })
  @Optional()
  @IsContainerId()
  container?: string;
}

/** Paging plus the filter (mapped types carry the validation rules of both). */
export class ListRecallUnitsDto extends IntersectionType(PageParams, RecallUnitsFilterDto) {}
