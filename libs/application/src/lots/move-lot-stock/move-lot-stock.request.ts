import { ApiProperty } from '@nestjs/swagger';
import { MoveLotStock } from '@trace/domain';
import { IDENTIFIER_SCHEMA, IsIdentifier, OccurredAtDto } from '../../shared/validators';
import { IsQuantity, QUANTITY_SCHEMA } from '../change-lot/quantity-validators';

export class MoveLotStockRequest extends OccurredAtDto {
  @ApiProperty({ ...IDENTIFIER_SCHEMA, example: 'MILL-1', description: 'Location it leaves' })
  @IsIdentifier()
  from: string;

  @ApiProperty({ ...IDENTIFIER_SCHEMA, example: 'BAKERY-1', description: 'Location it goes to' })
  @IsIdentifier()
  to: string;

  @ApiProperty(QUANTITY_SCHEMA)
  @IsQuantity()
  quantity: number;

  toCommand(lotId: string): Omit<MoveLotStock, 'occurredAt'> {
    return { type: 'MoveLotStock', lotId, from: this.from, to: this.to, quantity: this.quantity };
  }
}
