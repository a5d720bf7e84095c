import { ApiProperty } from '@nestjs/swagger';
import { ChangedResponse } from '../../shared/responses';

export class ContainerCreatedResponse extends ChangedResponse {
  @ApiProperty({ example: '106141411234567897' })
  containerId: string;
}
