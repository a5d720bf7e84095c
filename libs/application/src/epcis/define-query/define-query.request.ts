import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsObject, ValidateNested } from 'class-validator';
import { IDENTIFIER_SCHEMA, IsIdentifier } from '../../shared/validators';
import { EventFilterParameters } from '../query-events/query-events.request';

export class DefineQueryRequest {
  @ApiProperty({ ...IDENTIFIER_SCHEMA, example: 'shipments-to-acme' })
  @IsIdentifier()
  name: string;

  @ApiProperty({ type: EventFilterParameters, description: 'The parameters of GET /epcis/events (lists comma-separated), without perPage and nextPageToken' })
  @IsObject()
  @ValidateNested()
  @Type(() => EventFilterParameters)
  query: EventFilterParameters;
}
