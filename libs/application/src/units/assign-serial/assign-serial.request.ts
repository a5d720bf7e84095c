import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

import { IDENTIFIER_SCHEMA, IsIdentifier, OccurredAtDto, Optional } from '../../shared/validators';

/** Where new units come into being: their SKU, lot and first location. */
export class NewUnitsRequest extends OccurredAtDto {
  @ApiProperty(IDENTIFIER_SCHEMA)
  @IsIdentifier()
  sku: string;

  @ApiPropertyOptional({ ...IDENTIFIER_SCHEMA, example: 'LOT-2026-11-A', description: 'Lot of the same SKU the unit is made in' })
  @Optional()
  @IsIdentifier()
  lotId?: string;

  @ApiProperty({ ...IDENTIFIER_SCHEMA, example: 'WH-A' })
  @IsIdentifier()
  location: string;
}

export class AssignSerialRequest extends NewUnitsRequest {
  @ApiProperty({ ...IDENTIFIER_SCHEMA, example: 'SN-000123' })
  @IsIdentifier()
  serial: string;
}
