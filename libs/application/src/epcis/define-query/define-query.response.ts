import { ApiProperty } from '@nestjs/swagger';
import { ChangedResponse } from '../../shared/responses';

export class QueryDefinedResponse extends ChangedResponse {
  @ApiProperty({ example: 'shipments-to-acme' })
  name: string;
}
