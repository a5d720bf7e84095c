import { ApiProperty } from '@nestjs/swagger';
import { UNIT_STATUSES } from '@trace/domain';

export class LotUnitCountsResponse {
  @ApiProperty({ example: 500 })
  total: number;

  @ApiProperty({
    description: 'Units per status, every status listed',
    type: 'object',
    properties: Object.fromEntries(UNIT_STATUSES.map((status) => [status, { type: 'integer' }])),
    example: { in_stock: 480, in_transit: 12, sold: 8, returned: 0, missing: 0, scrapped: 0 },
  })
  byStatus: Record<string, number>;
}

export class LotResponse {
  @ApiProperty({ example: 'LOT-2026-11-A' })
  lotId: string;

  @ApiProperty({ example: 'PUMP-200' })
  sku: string;

  @ApiProperty({ type: String, nullable: true, example: '2026-11-01T00:00:00.000Z' })
  producedAt: string | null;

  @ApiProperty({ type: String, nullable: true, example: '2028-11-01T00:00:00.000Z' })
  expiresAt: string | null;

  @ApiProperty({ type: String, nullable: true, example: 'PLANT-1' })
  site: string | null;

  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'As registered: the quantity put in stock, or a serialised lot’s declared size (see /stock for where it is now)',
    example: 500,
  })
  quantity: number | null;

  @ApiProperty({ example: 'EA', description: 'Unit of measure of its quantities (UN/ECE Rec 20)' })
  uom: string;

  @ApiProperty({ description: 'When the lot was registered' })
  registeredAt: string;

  @ApiProperty({ type: LotUnitCountsResponse })
  units: LotUnitCountsResponse;
}
