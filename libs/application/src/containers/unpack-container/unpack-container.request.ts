import { ApiProperty } from '@nestjs/swagger';
import { ContainerParams } from '../container-params';
import { CONTAINER_ID_SCHEMA, IsContainerId } from '../../shared/validators';

/** Path parameters: `/v1/containers/{containerId}/containers/{childId}`. */
export class NestedContainerParams extends ContainerParams {
  @ApiProperty(CONTAINER_ID_SCHEMA)
  @IsContainerId()
  childId: string;
}
