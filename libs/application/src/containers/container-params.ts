import { ApiProperty } from '@nestjs/swagger';
import { CONTAINER_ID_SCHEMA, IsContainerId } from '../shared/validators';

/** Path parameter of a container: `/v1/containers/{containerId}`, URL-encoded. */
export class ContainerParams {
  @ApiProperty(CONTAINER_ID_SCHEMA)
  @IsContainerId()
  containerId: string;
}
