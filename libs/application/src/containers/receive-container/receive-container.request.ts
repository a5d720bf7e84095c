import { ApiProperty } from '@nestjs/swagger';
import { IDENTIFIER_SCHEMA, IsIdentifier, OccurredAtDto } from '../../shared/validators';

export class ReceiveContainerRequest extends OccurredAtDto {
  @ApiProperty({ ...IDENTIFIER_SCHEMA, example: 'DC-EAST', description: 'Party that received the container' })
  @IsIdentifier()
  by: string;

  @ApiProperty({ ...IDENTIFIER_SCHEMA, example: 'DC-EAST/BAY-1' })
  @IsIdentifier()
  location: string;
}
