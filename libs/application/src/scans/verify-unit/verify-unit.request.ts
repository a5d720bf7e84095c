import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';
import { GTIN_SCHEMA, IDENTIFIER_SCHEMA, IsGtin, IsIdentifier, IsIsoDate, Optional } from '../../shared/validators';
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
  @IsIsoDate()
  expiry?: string;
}
