import { ApiProperty } from '@nestjs/swagger';
import { AdjustLot } from '@trace/domain';
import { IDENTIFIER_SCHEMA, IsIdentifier, IsText, OccurredAtDto } from '../../shared/validators';
import { IsSignedQuantity, QUANTITY_SCHEMA } from '../change-lot/quantity-validators';

export class AdjustLotRequest extends OccurredAtDto {
  @ApiProperty({ ...IDENTIFIER_SCHEMA, example: 'BAKERY-1', description: 'Where the quantity is corrected' })
  @IsIdentifier()
  location: string;

  @ApiProperty({
    ...QUANTITY_SCHEMA,
    description: 'Signed: negative takes away; in the lot’s unit of measure, at most 6 digits after the decimal point',
    example: -2.5,
  })
  @IsSignedQuantity()
  quantity: number;

  @ApiProperty({ example: 'count correction' })
  @IsText()
  reason: string;

  toCommand(lotId: string): Omit<AdjustLot, 'occurredAt'> {
    return { type: 'AdjustLot', lotId, location: this.location, quantity: this.quantity, reason: this.reason };
  }
}
