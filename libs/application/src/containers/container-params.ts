import { ApiProperty } from '@nestjs/swagger';
import { containerIdProblem, IDENTIFIER_MAX_LENGTH } from '@trace/domain';
import { checkedBy } from '../shared/validators';

/** An identifier; 18 digits must be an SSCC with a valid check digit. */
export const IsContainerId = checkedBy('isContainerId', containerIdProblem);

export const CONTAINER_ID_SCHEMA = {
  minLength: 1,
  maxLength: IDENTIFIER_MAX_LENGTH,
  example: '106141411234567897',
  description: 'Any identifier, e.g. an SSCC (18 digits, check digit verified)',
};

/** Path parameter of a container: `/v1/containers/{containerId}`, URL-encoded. */
export class ContainerParams {
  @ApiProperty(CONTAINER_ID_SCHEMA)
  @IsContainerId()
  containerId: string;
}
