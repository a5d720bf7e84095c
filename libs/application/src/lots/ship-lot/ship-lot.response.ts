import { ApiProperty } from '@nestjs/swagger';
import { LotChangedResponse } from '../change-lot/lot-changed.response';

export class LotShippedResponse extends LotChangedResponse {
  @ApiProperty({ example: 'SH-4f1c2b9e-8d0a-4f5e-9a61-2c3b4d5e6f70', description: 'What receipts and the close name' })
  shipmentId: string;
}
