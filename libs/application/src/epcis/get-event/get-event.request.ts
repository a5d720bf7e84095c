import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length, Matches } from 'class-validator';
import { URI, URI_MESSAGE } from '../epcis-uri';

export class EventParams {
  @ApiProperty({ description: 'The eventID (percent-encoded): urn:uuid:…, ni:///sha-256;…?ver=CBV2.0, or one the service gave a native fact', maxLength: 1000 })
  @IsString()
  @Length(1, 1000)
  @Matches(URI, { message: URI_MESSAGE })
  eventID: string;
}
