import { ApiProperty } from '@nestjs/swagger';
import { IDENTIFIER_SCHEMA, IsIdentifier } from '../../shared/validators';
import { QueryParams } from '../subscribe/subscribe.request';

export class SubscriptionParams extends QueryParams {
  @ApiProperty(IDENTIFIER_SCHEMA)
  @IsIdentifier()
  subscriptionID: string;
}
