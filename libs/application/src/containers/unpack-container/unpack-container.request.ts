import { ApiProperty } from '@nestjs/swagger';
import { ContainerParams, CONTAINER_ID_SCHEMA, IsContainerId } from '../container-params';

/** Path parameters: `/v1/containers/{containerId}/containers/{childId}`. */
export class NestedContainerParams extends ContainerParams {
  @ApiProperty(CONTAINER_ID_SCHEMA)
  @IsContainerId()
  childId: string;
}
