import { ApiProperty } from '@nestjs/swagger';
import { IDENTIFIER_SCHEMA, IsIdentifier } from '../../shared/validators';

export class CaptureParams {
  @ApiProperty({ ...IDENTIFIER_SCHEMA, description: 'The id a capture answered with' })
  @IsIdentifier()
  captureID: string;
}
