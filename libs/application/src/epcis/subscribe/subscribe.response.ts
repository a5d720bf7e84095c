import { ApiProperty } from '@nestjs/swagger';
import { ChangedResponse } from '../../shared/responses';

export class SubscribedResponse extends ChangedResponse {
  @ApiProperty({ format: 'uuid' })
  subscriptionID: string;

  @ApiProperty({ example: 'shipments-to-acme' })
  queryName: string;
}
