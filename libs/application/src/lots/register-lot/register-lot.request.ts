import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IDENTIFIER_SCHEMA, IsIdentifier, IsInstant, IsUnitOfMeasure, OccurredAtDto, Optional } from '../../shared/validators';
import { IsQuantity } from '../change-lot/quantity-validators';

/** A lot and, for a lot-tracked good, the stock it starts with; `occurredAt` dates the registration (and so its first stock). */
export class RegisterLotRequest extends OccurredAtDto {
  @ApiProperty({ ...IDENTIFIER_SCHEMA, example: 'LOT-2026-11-A' })
  @IsIdentifier()
  lotId: string;

  @ApiProperty(IDENTIFIER_SCHEMA)
  @IsIdentifier()
  sku: string;

  @ApiPropertyOptional({ example: '2026-11-01' })
  @Optional()
  @IsInstant()
  producedAt?: string;

  @ApiPropertyOptional({ example: '2028-11-01' })
  @Optional()
  @IsInstant()
  expiresAt?: string;

  @ApiPropertyOptional({ ...IDENTIFIER_SCHEMA, example: 'PLANT-1' })
  @Optional()
  @IsIdentifier()
  site?: string;

  @ApiPropertyOptional({
    type: Number,
    example: 500,
    description:
      'With `location`: the quantity in stock there (a lot-tracked good). Without: the declared size of a serialised lot, which serials count against. At most 6 digits after the decimal point.',
  })
  @Optional()
  @IsQuantity()
  quantity?: number;

  @ApiPropertyOptional({
    example: 'KGM',
    description:
      'Unit of measure of its quantities, a UN/ECE Rec 20 code (EA, KGM, LTR, …); when absent, its product’s unit, or EA for a product not registered',
  })
  @Optional()
  @IsUnitOfMeasure()
  uom?: string;

  @ApiPropertyOptional({ ...IDENTIFIER_SCHEMA, example: 'MILL-1', description: 'Where `quantity` is in stock (needs `quantity`)' })
  @Optional()
  @IsIdentifier()
  location?: string;
}
