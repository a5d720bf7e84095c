import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsString, Length, Matches } from 'class-validator';
import { GTIN_SCHEMA, IDENTIFIER_SCHEMA, IsGtin, IsIdentifier, Optional } from '../../shared/validators';
import { CODE_SCHEMA } from '../record-scan/record-scan.request';

/** What to verify: a scanned code, or its parts (DSCSA VRS: GTIN, serial, lot, expiry). */
export class VerifyUnitRequest {
  @ApiPropertyOptional({ ...CODE_SCHEMA, description: `${CODE_SCHEMA.description}; or give gtin and serial` })
  @Optional()
  @IsString()
  @Length(1, 1000)
  code?: string;

  @ApiPropertyOptional(GTIN_SCHEMA)
  @Optional()
  @IsGtin()
  gtin?: string;

  @ApiPropertyOptional({ ...IDENTIFIER_SCHEMA, example: 'SN-1' })
  @Optional()
  @IsIdentifier()
  serial?: string;

  @ApiPropertyOptional({ ...IDENTIFIER_SCHEMA, example: 'L1' })
  @Optional()
  @IsIdentifier()
  lot?: string;

  @ApiPropertyOptional({ example: '2028-12-31', description: 'The expiry printed on the pack, an ISO date' })
  @Optional()
  @Matches(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, { message: 'expiry must be an ISO date (2028-12-31)' })
  expiry?: string;
}
