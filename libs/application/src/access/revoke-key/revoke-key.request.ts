import { ApiProperty } from '@nestjs/swagger';
import { IDENTIFIER_SCHEMA, IsIdentifier } from '../../shared/validators';

export class KeyParams {
  @ApiProperty({ ...IDENTIFIER_SCHEMA, example: 'key_3kTqY0f7aPZx' })
  @IsIdentifier()
  keyId: string;
}
