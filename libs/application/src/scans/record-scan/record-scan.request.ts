import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';
import { IDENTIFIER_SCHEMA, IsIdentifier, OccurredAtDto, Optional } from '../../shared/validators';

/** Where a scan was taken and by whom; shared by one scan and a batch. */
export class ScanPlaceRequest extends OccurredAtDto {
  @ApiProperty({ ...IDENTIFIER_SCHEMA, example: 'WH-A' })
  @IsIdentifier()
  location: string;

  @ApiPropertyOptional({ ...IDENTIFIER_SCHEMA, example: 'PHARMACY-12', description: 'The party the unit was seen with' })
  @Optional()
  @IsIdentifier()
  party?: string;
}

export const CODE_SCHEMA = {
  example: '(01)09506000134352(21)SN-1(10)L1(17)281231',
  description: 'A GS1 element string (human readable, or raw with ]d2/]Q3/]C1 and GS), a GS1 Digital Link URI or an EPC URN',
  minLength: 1,
  maxLength: 1000,
};

export class RecordScanRequest extends ScanPlaceRequest {
  @ApiProperty(CODE_SCHEMA)
  @IsString()
  @Length(1, 1000)
  code: string;
}
