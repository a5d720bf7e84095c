import { ApiProperty } from '@nestjs/swagger';
import { LineageEntry, UnitRef } from '@trace/domain';
import { UnitRefResponse } from '../../shared/responses';

/** One chain from a lot to a unit. */
export class ViaResponse {
  @ApiProperty({ enum: ['lot', 'consumed', 'component'], description: 'How the lot entered: assigned from it, consumed from it, or through a component' })
  how: LineageEntry['how'];

  @ApiProperty({ type: [UnitRefResponse], description: 'The units from the first holder of the lot to this one' })
  path: UnitRef[];
}

/** A unit that came from a lot at any depth, with where it is now. */
export class TracedUnitResponse {
  @ApiProperty({ example: 'PUMP-200' })
  sku: string;

  @ApiProperty({ example: 'SN-000123' })
  serial: string;

  @ApiProperty({ description: 'For a unit built into others, this and the whereabouts below are those of the outermost one' })
  status: string;

  @ApiProperty({ type: String, nullable: true })
  location: string | null;

  @ApiProperty({ type: String, nullable: true })
  custodian: string | null;

  @ApiProperty({ type: String, nullable: true })
  customer: string | null;

  @ApiProperty({ type: String, nullable: true })
  destination: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'The container the unit is packed in' })
  container: string | null;

  @ApiProperty({ type: [UnitRefResponse], nullable: true, description: 'The units it is built into, nearest first up to the outermost' })
  installedIn: UnitRef[] | null;

  @ApiProperty({ type: [ViaResponse], description: 'Every chain from the lot to this unit' })
  via: ViaResponse[];
}
