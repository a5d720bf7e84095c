import { ApiProperty } from '@nestjs/swagger';
import { IDENTIFIER_SCHEMA, IsIdentifier } from '../shared/validators';

export class ClaimParams {
  @ApiProperty({ ...IDENTIFIER_SCHEMA, example: 'WC-1001' })
  @IsIdentifier()
  claimId: string;
}
