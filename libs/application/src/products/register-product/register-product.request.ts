import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { GTIN_SCHEMA, IDENTIFIER_SCHEMA, IsGtin, IsIdentifier, IsText, IsUnitOfMeasure, OccurredAtDto, Optional } from '../../shared/validators';

/** A product of the catalogue: its SKU, its name, and the GTIN scans identify it by. */
export class RegisterProductRequest extends OccurredAtDto {
  @ApiProperty(IDENTIFIER_SCHEMA)
  @IsIdentifier()
  sku: string;

  @ApiProperty({ example: 'Pump 200, stainless', minLength: 1, maxLength: 500 })
  @IsText()
  name: string;

  @ApiPropertyOptional(GTIN_SCHEMA)
  @Optional()
  @IsGtin()
  gtin?: string;

  @ApiPropertyOptional({ example: 'EA', description: 'Unit of measure of its quantities, a UN/ECE Rec 20 code; EA when absent' })
  @Optional()
  @IsUnitOfMeasure()
  uom?: string;
}
