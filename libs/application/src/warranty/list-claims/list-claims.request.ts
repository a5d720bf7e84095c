import { ApiPropertyOptional } from '@nestjs/swagger';
import { CLAIM_STATES, ClaimState } from '@trace/domain';
import { IsIn } from 'class-validator';
import { PageParams } from '../../shared/paging';
import { IDENTIFIER_SCHEMA, IsIdentifier, Optional } from '../../shared/validators';

export class ListClaimsRequest extends PageParams {
  @ApiPropertyOptional({ enum: CLAIM_STATES })
  @Optional()
  @IsIn(CLAIM_STATES)
  state?: ClaimState;

  @ApiPropertyOptional(IDENTIFIER_SCHEMA)
  @Optional()
  @IsIdentifier()
  sku?: string;

  @ApiPropertyOptional({ ...IDENTIFIER_SCHEMA, example: 'LOT-7', description: 'Claims on units of this lot' })
  @Optional()
  @IsIdentifier()
  lotId?: string;

  @ApiPropertyOptional({ ...IDENTIFIER_SCHEMA, example: 'ACME' })
  @Optional()
  @IsIdentifier()
  customer?: string;
}
