import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsString, Length, ValidateNested } from 'class-validator';
import { IsQuantity } from '../../lots/change-lot/quantity-validators';
import { CODE_SCHEMA } from '../../scans/record-scan/record-scan.request';
import { IDENTIFIER_SCHEMA, IsIdentifier, Optional, UnitRefRequest } from '../../shared/validators';

/** Items per request, codes, units and lots together. */
export const MAX_COUNT_ITEMS = 10_000;

export class CountedLotRequest {
  @ApiProperty({ ...IDENTIFIER_SCHEMA, example: 'FLOUR-2026-11' })
  @IsIdentifier()
  lotId: string;

  @ApiProperty({ type: Number, example: 12.5, description: "Counted at the count's location, in the lot's unit of measure; counts of one lot add up" })
  @IsQuantity()
  quantity: number;
}

export class RecordCountScansRequest {
  @ApiPropertyOptional({
    type: [String],
    maxItems: MAX_COUNT_ITEMS,
    example: [CODE_SCHEMA.example, 'urn:epc:id:sgtin:9506000.013435.SN-2'],
    description:
      'GS1 codes as scans take them: a unit (GTIN and serial), a lot (GTIN and lot, with its count of items (30) or one), a container (SSCC: the units packed in it)',
  })
  @Optional()
  @IsArray()
  @ArrayMaxSize(MAX_COUNT_ITEMS)
  @IsString({ each: true })
  @Length(1, 1000, { each: true })
  codes?: string[];

  @ApiPropertyOptional({ type: [UnitRefRequest], maxItems: MAX_COUNT_ITEMS })
  @Optional()
  @IsArray()
  @ArrayMaxSize(MAX_COUNT_ITEMS)
  @ValidateNested({ each: true })
  @Type(() => UnitRefRequest)
  units?: UnitRefRequest[];

  @ApiPropertyOptional({ type: [CountedLotRequest], maxItems: MAX_COUNT_ITEMS })
  @Optional()
  @IsArray()
  @ArrayMaxSize(MAX_COUNT_ITEMS)
  @ValidateNested({ each: true })
  @Type(() => CountedLotRequest)
  lots?: CountedLotRequest[];
}
