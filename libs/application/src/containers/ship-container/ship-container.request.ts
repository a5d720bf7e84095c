import { ApiProperty } from '@nestjs/swagger';
import { IDENTIFIER_SCHEMA, IsIdentifier, OccurredAtDto } from '../../shared/validators';

export class ShipContainerRequest extends OccurredAtDto {
  @ApiProperty({ ...IDENTIFIER_SCHEMA, example: 'DC-EAST', description: 'Receiving party' })
  @IsIdentifier()
  to: string;
}
