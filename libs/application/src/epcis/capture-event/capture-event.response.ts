import { ApiProperty } from '@nestjs/swagger';

export class CapturedEventResponse {
  @ApiProperty({ description: 'Its eventID, or the CBV 2.0 canonical hash it is known by', example: 'ni:///sha-256;3a9c…?ver=CBV2.0' })
  eventID: string;

  @ApiProperty({ format: 'uuid', description: 'The capture job that recorded it' })
  captureID: string;

  @ApiProperty({ description: 'False when the event had been captured before: nothing changed' })
  captured: boolean;
}
