import { ApiProperty } from '@nestjs/swagger';
import { ChangedResponse } from '../../shared/responses';

export class ProductRegisteredResponse extends ChangedResponse {
  @ApiProperty({ example: 'PUMP-200' })
  sku: string;
}
