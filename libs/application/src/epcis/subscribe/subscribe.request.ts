import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsString, Length } from 'class-validator';
import { IDENTIFIER_SCHEMA, IsIdentifier } from '../../shared/validators';

export class QueryParams {
  @ApiProperty(IDENTIFIER_SCHEMA)
  @IsIdentifier()
  queryName: string;
}

export class SubscribeRequest {
  @ApiProperty({
    example: 'https://partner.example.com/epcis/inbox',
    description: 'Where matching events are POSTed; a private or loopback address only when WEBHOOK_ALLOW_HOSTS lists its host',
    maxLength: 2000,
  })
  @IsString()
  @Length(1, 2000)
  dest: string;

  @ApiProperty({ minLength: 16, maxLength: 256, description: 'The secret deliveries are signed with: GS1-Signature: sha256=<hex HMAC-SHA256 of the body>' })
  @IsString()
  @Length(16, 256)
  signatureToken: string;

  @ApiProperty({ enum: [true], description: 'Deliveries follow the log as events are recorded (the only mode served)' })
  @IsIn([true])
  stream: true;
}
