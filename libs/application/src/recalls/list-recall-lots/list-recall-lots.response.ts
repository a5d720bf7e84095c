import { ApiProperty } from '@nestjs/swagger';
import { LOT_RECALL_ACTIONS, LotRecallAction } from '@trace/domain';
import { CustomerQuantityResponse, LocationQuantityResponse, TransitQuantityResponse } from '../../lots/get-lot-stock/get-lot-stock.response';

export class RecoveredResponse {
  @ApiProperty({ example: 4, description: 'Returned by customers since the lot was held' })
  returned: number;

  @ApiProperty({ example: 10, description: 'Destroyed since the lot was held' })
  disposed: number;
}

/** A lot a recall holds and where its quantity is now: the customers to contact, the stock to pull. */
export class RecallLotResponse {
  @ApiProperty({ example: 'RC-2026-017' })
  recallId: string;

  @ApiProperty({ example: 'BREAD-2026-11-04' })
  lotId: string;

  @ApiProperty({ example: 'BREAD-WHITE' })
  sku: string;

  @ApiProperty({ example: 'EA' })
  uom: string;

  @ApiProperty({ enum: ['outstanding', 'resolved'] })
  state: 'outstanding' | 'resolved';

  @ApiProperty({ enum: [...LOT_RECALL_ACTIONS, null], nullable: true, description: 'How it was resolved; null while outstanding' })
  action: LotRecallAction | null;

  @ApiProperty({ type: String, nullable: true })
  note: string | null;

  @ApiProperty({ description: 'When the hold reached the lot: with the recall for a recalled lot, as the reactor reaches it for one made from it' })
  heldAt: string;

  @ApiProperty({ type: String, nullable: true })
  resolvedAt: string | null;

  @ApiProperty({ type: [LocationQuantityResponse] })
  atLocations: LocationQuantityResponse[];

  @ApiProperty({ type: [TransitQuantityResponse] })
  inTransit: TransitQuantityResponse[];

  @ApiProperty({ type: [CustomerQuantityResponse], description: 'The customers to contact, with what they hold' })
  withCustomers: CustomerQuantityResponse[];

  @ApiProperty({ type: RecoveredResponse })
  recovered: RecoveredResponse;

  @ApiProperty({ example: 26, description: 'Still out there (at locations, in transit, with customers) while the lot is outstanding; 0 once resolved' })
  outstanding: number;
}
