import { ApiProperty, IntersectionType, PickType } from '@nestjs/swagger';
import { UnitResponse } from '../../shared/unit-view';
import { RECALL_UNIT_STATES, RecallUnitState } from '../recall-units-filter';

class RecallHold {
  @ApiProperty({ example: 'RC-2026-017' })
  recallId: string;

  @ApiProperty({ example: 'PUMP-200' })
  sku: string;

  @ApiProperty({ example: 'SN-000123' })
  serial: string;

  @ApiProperty({ enum: RECALL_UNIT_STATES })
  state: RecallUnitState;

  @ApiProperty({ description: 'The recalled lot or unit it came from (`lot:…` or `unit:…`)', example: 'lot:LOT-2026-11-A' })
  origin: string;

  @ApiProperty({ description: 'When the recall was opened' })
  recalledAt: string;

  @ApiProperty({ type: String, nullable: true, description: "When the hold was recorded in the unit's history; null until the recall reactor reached it" })
  quarantinedAt: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'How it was resolved (returned, destroyed, repaired, released); null while outstanding' })
  action: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'The note given when it was resolved' })
  note: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'When it was resolved' })
  resolvedAt: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'Its status now, or that of the outermost unit it is built into' })
  status: string | null;
}

/** A unit a recall holds or held: its resolution, and where it is now (for one built into others, where the outermost is). */
export class RecallUnitResponse extends IntersectionType(
  RecallHold,
  PickType(UnitResponse, ['location', 'custodian', 'customer', 'destination', 'container', 'installedIn'] as const),
) {}
