import { ApiProperty } from '@nestjs/swagger';
import { CONTAINER_STATUSES, ContainerStatus } from '@trace/domain';
import { Page, PageOf } from '../../shared/responses';
import { UnitResponse } from '../../shared/unit-view';

/** A container packed directly in another, with what it holds directly. */
export class NestedContainerResponse {
  @ApiProperty({ example: 'CASE-7' })
  containerId: string;

  @ApiProperty({ description: 'Units packed directly in it', example: 12 })
  unitCount: number;

  @ApiProperty({ description: 'Containers packed directly in it', example: 0 })
  containerCount: number;
}

export class ContainerResponse {
  @ApiProperty({ example: '106141411234567897' })
  containerId: string;

  @ApiProperty({ enum: CONTAINER_STATUSES })
  status: ContainerStatus;

  @ApiProperty({ type: String, nullable: true, example: 'WH-A', description: 'Where it is; null while in transit' })
  location: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'The party holding it; null means the company itself' })
  custodian: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'The party it is on its way to, while in transit' })
  destination: string | null;

  @ApiProperty({ type: [String], description: 'Containers this one is packed in, innermost first; empty when it is not packed', example: [] })
  packedIn: string[];

  @ApiProperty({ description: 'Units packed directly in it', example: 1 })
  unitCount: number;

  @ApiProperty({ description: 'Containers packed directly in it', example: 2 })
  containerCount: number;

  @ApiProperty({ description: 'When it was created' })
  createdAt: string;

  @ApiProperty({ description: 'When its last event happened' })
  lastEventAt: string;

  @ApiProperty({ description: 'Revision of its stream the answer reflects' })
  revision: number;

  @ApiProperty({ type: [NestedContainerResponse], description: 'Containers packed directly in this one' })
  containers: NestedContainerResponse[];

  @ApiProperty({ type: PageOf(UnitResponse), description: 'Units packed directly in this one, a page at a time (limit, cursor)' })
  units: Page<UnitResponse>;
}
