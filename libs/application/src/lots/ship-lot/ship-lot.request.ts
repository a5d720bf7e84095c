import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ShipLot } from '@trace/domain';
import { IDENTIFIER_SCHEMA, IsIdentifier, OccurredAtDto, Optional } from '../../shared/validators';
import { IsQuantity, QUANTITY_SCHEMA } from '../change-lot/quantity-validators';

export class ShipLotRequest extends OccurredAtDto {
  @ApiProperty({ ...IDENTIFIER_SCHEMA, example: 'MILL-1', description: 'Location it leaves' })
  @IsIdentifier()
  from: string;

  @ApiProperty({ ...IDENTIFIER_SCHEMA, example: 'BAKERY-CO', description: 'Receiving party' })
  @IsIdentifier()
  to: string;

  @ApiProperty(QUANTITY_SCHEMA)
  @IsQuantity()
  quantity: number;

  @ApiPropertyOptional({
    ...IDENTIFIER_SCHEMA,
    example: 'ASN-2026-0042',
    description: 'Your reference for the shipment (e.g. the ASN); one is made when absent',
  })
  @Optional()
  @IsIdentifier()
  shipmentId?: string;

  toCommand(lotId: string, shipmentId: string): Omit<ShipLot, 'occurredAt'> {
    return { type: 'ShipLot', lotId, shipmentId, from: this.from, to: this.to, quantity: this.quantity };
  }
}
