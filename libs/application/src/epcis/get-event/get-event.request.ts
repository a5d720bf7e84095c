import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';

export class EventParams {
  @ApiProperty({ description: 'The eventID (percent-encoded): urn:uuid:…, ni:///sha-256;…?ver=CBV2.0, or one the service gave a native fact', maxLength: 1000 })
  @IsString()
  @Length(1, 1000)
  eventID: string;
}
