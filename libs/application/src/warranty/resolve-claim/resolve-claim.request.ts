import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CLAIM_ACTIONS, ClaimAction } from '@trace/domain';
import { Type } from 'class-transformer';
import { IsIn, ValidateNested } from 'class-validator';
import { IDENTIFIER_SCHEMA, IsIdentifier, IsText, Optional, UnitRefRequest } from '../../shared/validators';

export class ResolveClaimRequest {
  @ApiProperty({ enum: CLAIM_ACTIONS })
  @IsIn(CLAIM_ACTIONS)
  action: ClaimAction;

  @ApiProperty({ example: 'motor replaced under warranty' })
  @IsText()
  note: string;

  @ApiPropertyOptional({ type: UnitRefRequest, description: 'For `replaced`: a unit in stock, given to the customer; it takes over the warranty' })
  @Optional()
  @ValidateNested()
  @Type(() => UnitRefRequest)
  replacement?: UnitRefRequest;

  @ApiPropertyOptional({ ...IDENTIFIER_SCHEMA, example: 'RMA-1', description: 'For `replaced`: where the faulty unit comes back to' })
  @Optional()
  @IsIdentifier()
  returnedTo?: string;
}
