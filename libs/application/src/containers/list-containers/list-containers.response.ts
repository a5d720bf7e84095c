import { PickType } from '@nestjs/swagger';
import { ContainerResponse } from '../get-container/get-container.response';

/** A container in a list: GET /v1/containers/{containerId}'s answer without its contents, which are that route's. */
export class ContainerSummaryResponse extends PickType(ContainerResponse, [
  'containerId',
  'status',
  'location',
  'custodian',
  'destination',
  'packedIn',
  'unitCount',
  'containerCount',
  'createdAt',
  'lastEventAt',
  'revision',
] as const) {}
