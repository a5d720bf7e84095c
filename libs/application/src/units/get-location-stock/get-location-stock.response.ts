import { ApiProperty } from '@nestjs/swagger';

export class SkuStockResponse {
  @ApiProperty({ example: 'PUMP-200' })
  sku: string;

  @ApiProperty({ description: 'Units of the SKU at the location', example: 480 })
  count: number;
}

export class LocationStockResponse {
  @ApiProperty({ example: 'WH-A' })
  location: string;

  @ApiProperty({ description: 'Units at the location, all SKUs together', example: 480 })
  total: number;

  @ApiProperty({ type: [SkuStockResponse], description: 'Each SKU with units at the location; none with zero' })
  bySku: SkuStockResponse[];
}
