import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { WARRANTY_BASES, WarrantyBasis, WarrantyTerms } from '@trace/domain';
import { Type } from 'class-transformer';
import { IsIn, IsInt, Max, Min, ValidateNested } from 'class-validator';
import { GTIN_SCHEMA, IDENTIFIER_SCHEMA, IsGtin, IsIdentifier, IsText, IsUnitOfMeasure, OccurredAtDto, Optional } from '../../shared/validators';

/** The warranty its units carry. */
export class WarrantyTermsRequest implements WarrantyTerms {
  @ApiProperty({ minimum: 1, maximum: 600, example: 24, description: 'Calendar months; a start on the 31st ends on the last day of a shorter month' })
  @IsInt()
  @Min(1)
  @Max(600)
  months: number;

  @ApiProperty({ enum: WARRANTY_BASES, description: "`sale`: from the unit's first sale; `manufacture`: from its lot's production, else its assignment" })
  @IsIn(WARRANTY_BASES)
  startsAt: WarrantyBasis;
}

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

  @ApiPropertyOptional({
    minimum: 6,
    maximum: 12,
    example: 7,
    description:
      'How many digits of the GTIN (after its indicator digit) are the GS1 company prefix: EPCIS then names its units by EPC URN (urn:epc:id:sgtin:…), else by GS1 Digital Link',
  })
  @Optional()
  @IsInt()
  @Min(6)
  @Max(12)
  gs1CompanyPrefixLength?: number;

  @ApiPropertyOptional({ type: WarrantyTermsRequest, description: 'Its units carry no warranty when absent' })
  @Optional()
  @ValidateNested()
  @Type(() => WarrantyTermsRequest)
  warranty?: WarrantyTermsRequest;
}
