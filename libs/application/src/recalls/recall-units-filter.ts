import { ApiPropertyOptional } from '@nestjs/swagger';
import { UNIT_STATUSES, UnitStatus } from '@trace/domain';
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
  /** Its status now (for one built into others, the outermost unit's). */
  status?: UnitStatus;
  customer?: string;
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

  @ApiPropertyOptional({ enum: UNIT_STATUSES, description: 'Its status now (for a unit built into others, that of the outermost)' })
  @Optional()
  @IsIn(UNIT_STATUSES)
  status?: UnitStatus;

  @ApiPropertyOptional({ ...IDENTIFIER_SCHEMA, description: 'Units with this customer now (built into a unit the customer has, included)' })
  @Optional()
  @IsIdentifier()
  customer?: string;
}
