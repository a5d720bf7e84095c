import { ApiProperty } from '@nestjs/swagger';
import { SellLot } from '@trace/domain';
import { IDENTIFIER_SCHEMA, IsIdentifier, OccurredAtDto } from '../../shared/validators';
import { IsQuantity, QUANTITY_SCHEMA } from '../change-lot/quantity-validators';

export class SellLotRequest extends OccurredAtDto {
  @ApiProperty({ ...IDENTIFIER_SCHEMA, example: 'SHOP-1', description: 'Location it leaves' })
  @IsIdentifier()
  from: string;

  @ApiProperty({ ...IDENTIFIER_SCHEMA, example: 'CUST-42', description: 'Who bought it' })
  @IsIdentifier()
  customer: string;

  @ApiProperty(QUANTITY_SCHEMA)
  @IsQuantity()
  quantity: number;

  @ApiProperty({ ...IDENTIFIER_SCHEMA, example: 'R-1001', description: 'Receipt or invoice number' })
  @IsIdentifier()
  receipt: string;

  toCommand(lotId: string): Omit<SellLot, 'occurredAt'> {
    return { type: 'SellLot', lotId, from: this.from, customer: this.customer, quantity: this.quantity, receipt: this.receipt };
  }
}
