import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsQuantity } from '../../lots/change-lot/quantity-validators';
import { IDENTIFIER_SCHEMA, IsIdentifier, OccurredAtDto, Optional } from '../../shared/validators';

/** Material taken from a lot into the unit, and when. */
export class ConsumeLotRequest extends OccurredAtDto {
  @ApiProperty({ ...IDENTIFIER_SCHEMA, example: 'GLUE-2026-11' })
  @IsIdentifier()
  lotId: string;

  @ApiProperty({
    type: Number,
    example: 0.25,
    description: 'Amount taken from the lot, in the lot’s unit of measure; at most 6 digits after the decimal point',
  })
  @IsQuantity()
  quantity: number;

  @ApiPropertyOptional({
    ...IDENTIFIER_SCHEMA,
    example: 'LINE-1',
    description: 'Location of the lot’s stock it is taken from; required when the lot has stock',
  })
  @Optional()
  @IsIdentifier()
  from?: string;
}
