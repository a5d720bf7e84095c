import { ApiProperty } from '@nestjs/swagger';
import { DISCREPANCY_KINDS, DiscrepancyKind } from '@trace/projections';
import { nullableRef, UnitRefResponse } from '../../shared/responses';

export class RecordedPlacementResponse {
  @ApiProperty({ type: String, nullable: true, example: 'in_stock', description: 'A unit status (`missing` included)' })
  status: string | null;

  @ApiProperty({ type: String, nullable: true, example: 'WH-B' })
  location: string | null;
}

export class DiscrepancyResponse {
  @ApiProperty({ enum: DISCREPANCY_KINDS })
  kind: DiscrepancyKind;

  @ApiProperty(nullableRef(UnitRefResponse))
  unit: UnitRefResponse | null;

  @ApiProperty({
    ...nullableRef(RecordedPlacementResponse),
    description: 'Where the record places the unit: at close for a missing one, when it was counted for an unexpected one',
  })
  recorded: RecordedPlacementResponse | null;

  @ApiProperty({ type: String, nullable: true, description: 'An unknown code or identifier, as counted' })
  code: string | null;

  @ApiProperty({ type: String, nullable: true })
  lotId: string | null;

  @ApiProperty({ type: Number, nullable: true, description: "A lot's quantity by the record" })
  expected: number | null;

  @ApiProperty({ type: Number, nullable: true })
  counted: number | null;

  @ApiProperty({ type: Number, nullable: true, description: 'counted − expected' })
  difference: number | null;
}
