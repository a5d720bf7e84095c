import { ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { DISCREPANCY_KINDS, DiscrepancyKind } from '@trace/projections';
import { IsIn } from 'class-validator';
import { PageParams } from '../../shared/paging';
import { Optional } from '../../shared/validators';

/** Which discrepancies: one kind, or all. */
export class DiscrepancyKindRequest {
  @ApiPropertyOptional({ enum: DISCREPANCY_KINDS, description: 'One kind; every kind when absent' })
  @Optional()
  @IsIn(DISCREPANCY_KINDS)
  kind?: DiscrepancyKind;
}

export class ListCountDiscrepanciesRequest extends IntersectionType(PageParams, DiscrepancyKindRequest) {}
