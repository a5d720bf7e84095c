import { ApiProperty } from '@nestjs/swagger';
import { DisposeLot } from '@trace/domain';
import { IDENTIFIER_SCHEMA, IsIdentifier, IsText, OccurredAtDto } from '../../shared/validators';
import { IsQuantity, QUANTITY_SCHEMA } from '../change-lot/quantity-validators';

export class DisposeLotRequest extends OccurredAtDto {
  @ApiProperty({ ...IDENTIFIER_SCHEMA, example: 'BAKERY-1', description: 'Location it is destroyed at' })
  @IsIdentifier()
  from: string;

  @ApiProperty(QUANTITY_SCHEMA)
  @IsQuantity()
  quantity: number;

  @ApiProperty({ example: 'expired' })
  @IsText()
  reason: string;

  toCommand(lotId: string): Omit<DisposeLot, 'occurredAt'> {
    return { type: 'DisposeLot', lotId, from: this.from, quantity: this.quantity, reason: this.reason };
  }
}
