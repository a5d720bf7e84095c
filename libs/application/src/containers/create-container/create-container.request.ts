import { ApiProperty } from '@nestjs/swagger';
import { IDENTIFIER_SCHEMA, IsIdentifier, OccurredAtDto } from '../../shared/validators';
import { CONTAINER_ID_SCHEMA, IsContainerId } from '../../shared/validators';

export class CreateContainerRequest extends OccurredAtDto {
  @ApiProperty(CONTAINER_ID_SCHEMA)
  @IsContainerId()
  containerId: string;

  @ApiProperty({ ...IDENTIFIER_SCHEMA, example: 'WH-A/PACKING', description: 'Where the empty container is' })
  @IsIdentifier()
  location: string;
}
