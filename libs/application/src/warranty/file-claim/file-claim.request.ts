import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean } from 'class-validator';
import { IDENTIFIER_SCHEMA, IsIdentifier, IsText, OccurredAtDto, Optional } from '../../shared/validators';

export class FileClaimRequest extends OccurredAtDto {
  @ApiProperty({ ...IDENTIFIER_SCHEMA, example: 'WC-1001' })
  @IsIdentifier()
  claimId: string;

  @ApiProperty({ ...IDENTIFIER_SCHEMA, example: 'ACME', description: "The claimant: the unit's customer" })
  @IsIdentifier()
  customer: string;

  @ApiProperty({ example: 'does not start' })
  @IsText()
  problem: string;

  @ApiPropertyOptional({ default: false, description: 'Accepted out of warranty all the same; needs a `reason`' })
  @Optional()
  @IsBoolean()
  goodwill?: boolean;

  @ApiPropertyOptional({ example: 'key account, two days out of warranty' })
  @Optional()
  @IsText()
  reason?: string;
}
