import { ApiProperty } from '@nestjs/swagger';

export class LocationLotResponse {
  @ApiProperty({ example: 'FLOUR-2026-11' })
  lotId: string;

  @ApiProperty({ example: 'FLOUR-T55' })
  sku: string;

  @ApiProperty({ example: 'KGM' })
  uom: string;

  @ApiProperty({ example: 40, description: 'In stock at the location' })
  quantity: number;

  @ApiProperty({ type: String, nullable: true, example: '2027-05-01T00:00:00.000Z' })
  expiresAt: string | null;
}
