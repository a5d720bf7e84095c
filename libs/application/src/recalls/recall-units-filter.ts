import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { CONTAINER_ID_SCHEMA, IsContainerId } from '../shared/validators';
import { IDENTIFIER_SCHEMA, IsIdentifier, Optional } from '../shared/validators';

export const RECALL_UNIT_STATES = ['outstanding', 'resolved'] as const;
export type RecallUnitState = (typeof RECALL_UNIT_STATES)[number];

/** Which of a recall's units a query wants. */
export interface RecallUnitsFilter {
  state?: RecallUnitState;
  location?: string;
  container?: string;
}

/** The filter in a query string, shared by the page and the CSV of a recall's units. */
export class RecallUnitsFilterRequest implements RecallUnitsFilter {
  @ApiPropertyOptional({ enum: RECALL_UNIT_STATES })
  @Optional()
  @IsIn(RECALL_UNIT_STATES)
  state?: RecallUnitState;

  @ApiPropertyOptional(IDENTIFIER_SCHEMA)
  @Optional()
  @IsIdentifier()
  location?: string;

  @ApiPropertyOptional({ ...CONTAINER_ID_SCHEMA, description: 'Units packed directly in this container (a case, or a pallet for units packed on it)' })
  @Optional()
  @IsContainerId()
  container?: string;
}
