import { ApiProperty } from '@nestjs/swagger';
import { ReceiveLot } from '@trace/domain';
import { IDENTIFIER_SCHEMA, IsIdentifier, OccurredAtDto } from '../../shared/validators';
import { IsQuantity, QUANTITY_SCHEMA } from '../change-lot/quantity-validators';

export class ReceiveLotRequest extends OccurredAtDto {
  @ApiProperty({ ...IDENTIFIER_SCHEMA, example: 'SH-1', description: 'The shipment, as its shipment answered' })
  @IsIdentifier()
  shipmentId: string;

  @ApiProperty({ ...IDENTIFIER_SCHEMA, example: 'BAKERY-CO', description: 'Party that received it' })
  @IsIdentifier()
  by: string;

  @ApiProperty({ ...IDENTIFIER_SCHEMA, example: 'BAKERY-1', description: 'Where it is now' })
  @IsIdentifier()
  location: string;

  @ApiProperty(QUANTITY_SCHEMA)
  @IsQuantity()
  quantity: number;

  toCommand(lotId: string): Omit<ReceiveLot, 'occurredAt'> {
    return { type: 'ReceiveLot', lotId, shipmentId: this.shipmentId, by: this.by, location: this.location, quantity: this.quantity };
  }
}
