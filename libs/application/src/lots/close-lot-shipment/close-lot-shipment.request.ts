import { ApiProperty } from '@nestjs/swagger';
import { CloseLotShipment } from '@trace/domain';
import { IDENTIFIER_SCHEMA, IsIdentifier, IsText, OccurredAtDto } from '../../shared/validators';

export class LotShipmentParams {
  @ApiProperty({ ...IDENTIFIER_SCHEMA, example: 'FLOUR-2026-11' })
  @IsIdentifier()
  lotId: string;

  @ApiProperty({ ...IDENTIFIER_SCHEMA, example: 'SH-1' })
  @IsIdentifier()
  shipmentId: string;
}

export class CloseLotShipmentRequest extends OccurredAtDto {
  @ApiProperty({ example: 'carrier reported a damaged pallet' })
  @IsText()
  reason: string;

  toCommand({ lotId, shipmentId }: LotShipmentParams): Omit<CloseLotShipment, 'occurredAt'> {
    return { type: 'CloseLotShipment', lotId, shipmentId, reason: this.reason };
  }
}
