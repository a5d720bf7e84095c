import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length, Matches } from 'class-validator';
import { URI, URI_MESSAGE } from '../epcis-uri';

export class EpcParams {
  @ApiProperty({ description: 'An EPC (percent-encoded): EPC URN, GS1 Digital Link, or the service’s own urn:trace: name', maxLength: 1000 })
  @IsString()
  @Length(1, 1000)
  @Matches(URI, { message: URI_MESSAGE })
  epc: string;
}
