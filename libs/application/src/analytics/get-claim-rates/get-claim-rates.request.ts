import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { IDENTIFIER_SCHEMA, IsIdentifier, Optional } from '../../shared/validators';
import { CLAIM_RATE_GROUPINGS, ClaimRateGrouping } from './get-claim-rates.response';

export class GetClaimRatesRequest {
  @ApiProperty({ ...IDENTIFIER_SCHEMA, example: 'PACK-48V', description: 'The SKU whose units’ claims are ranked' })
  @IsIdentifier()
  sku: string;

  @ApiPropertyOptional({
    enum: CLAIM_RATE_GROUPINGS,
    default: 'lot',
    description: '`lot`: the units’ own lots; `component-lot`: the lots in their genealogy (components’ lots and material consumed into them)',
  })
  @Optional()
  @IsIn(CLAIM_RATE_GROUPINGS)
  by?: ClaimRateGrouping;
}
