import { ApiProperty } from '@nestjs/swagger';
import { ReturnLot } from '@trace/domain';
import { IDENTIFIER_SCHEMA, IsIdentifier, IsText, OccurredAtDto } from '../../shared/validators';
import { IsQuantity, QUANTITY_SCHEMA } from '../change-lot/quantity-validators';

export class ReturnLotRequest extends OccurredAtDto {
  @ApiProperty({ ...IDENTIFIER_SCHEMA, example: 'CUST-42', description: 'Who returns it' })
  @IsIdentifier()
  customer: string;

  @ApiProperty({ ...IDENTIFIER_SCHEMA, example: 'SHOP-1', description: 'Where it comes back to' })
  @IsIdentifier()
  location: string;

  @ApiProperty(QUANTITY_SCHEMA)
  @IsQuantity()
  quantity: number;

  @ApiProperty({ example: 'recall' })
  @IsText()
  reason: string;

  toCommand(lotId: string): Omit<ReturnLot, 'occurredAt'> {
    return { type: 'ReturnLot', lotId, customer: this.customer, location: this.location, quantity: this.quantity, reason: this.reason };
  }
}
