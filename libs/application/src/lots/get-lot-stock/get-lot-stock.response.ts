import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { UnitRefResponse } from '../../shared/responses';

export class LocationQuantityResponse {
  @ApiProperty({ example: 'BAKERY-1' })
  location: string;

  @ApiProperty({ example: 12.5 })
  quantity: number;
}

export class TransitQuantityResponse {
  @ApiProperty({ example: 'SH-1' })
  shipmentId: string;

  @ApiProperty({ example: 'BAKERY-CO', description: 'The party it goes to' })
  to: string;

  @ApiProperty({ example: 10, description: 'Shipped and not received yet' })
  quantity: number;
}

export class CustomerQuantityResponse {
  @ApiProperty({ example: 'CUST-42' })
  customer: string;

  @ApiProperty({ example: 4 })
  quantity: number;
}

/** One target: a lot made from it, or a unit it went into. */
export class ConsumedQuantityResponse {
  @ApiPropertyOptional({ example: 'DOUGH-2026-11-03' })
  intoLot?: string;

  @ApiPropertyOptional({ type: UnitRefResponse })
  intoUnit?: UnitRefResponse;

  @ApiProperty({ example: 30 })
  quantity: number;
}

/** Where every bit of a lot is: `atLocations + inTransit + withCustomers + consumed + disposed + lostInTransit = produced + adjusted`. */
export class LotStockResponse {
  @ApiProperty({ example: 'FLOUR-2026-11' })
  lotId: string;

  @ApiProperty({ example: 'FLOUR-T55' })
  sku: string;

  @ApiProperty({ example: 'KGM', description: 'UN/ECE Rec 20 unit of measure of every quantity here' })
  uom: string;

  @ApiProperty({ type: String, nullable: true, example: '2027-05-01T00:00:00.000Z' })
  expiresAt: string | null;

  @ApiProperty({ example: 100, description: 'Put in stock when registered' })
  produced: number;

  @ApiProperty({ type: [LocationQuantityResponse] })
  atLocations: LocationQuantityResponse[];

  @ApiProperty({ type: [TransitQuantityResponse] })
  inTransit: TransitQuantityResponse[];

  @ApiProperty({ type: [CustomerQuantityResponse] })
  withCustomers: CustomerQuantityResponse[];

  @ApiProperty({ type: [ConsumedQuantityResponse], description: 'One entry per lot or unit it went into' })
  consumed: ConsumedQuantityResponse[];

  @ApiProperty({ example: 0 })
  disposed: number;

  @ApiProperty({ example: 0, description: 'Shipped, never received, written off when the shipment was closed' })
  lostInTransit: number;

  @ApiProperty({ example: -0.5, description: 'Net of every adjustment (signed)' })
  adjusted: number;
}
