import { ApiProperty } from '@nestjs/swagger';
import { UnitResponse } from '../../shared/unit-view';

/** An open recall affecting a unit. */
export class OpenRecallResponse {
  @ApiProperty({ example: 'RC-2026-001' })
  recallId: string;

  @ApiProperty({ description: 'When the recall was opened', example: '2026-12-01T09:00:00.000Z' })
  since: string;

  @ApiProperty({ description: 'The recalled lot or unit it came from (`lot:…` or `unit:…`)', example: 'lot:LOT-2026-11-A' })
  origin: string;

  @ApiProperty({
    description: 'The hold is recorded in its history (moments after the recall): the unit cannot be sold, shipped to a party or built in until resolved',
  })
  quarantined: boolean;
}

/** A unit now, with the recalls affecting it and the containers it is packed in. */
export class UnitWithRecallsResponse extends UnitResponse {
  @ApiProperty({ type: [OpenRecallResponse], description: 'Open recalls affecting the unit' })
  openRecalls: OpenRecallResponse[];

  @ApiProperty({ type: [String], description: 'The containers holding the unit, innermost first: e.g. its case, then the pallet the case is on' })
  containers: string[];

  @ApiProperty({ description: 'Evidence says it may not be genuine (see GET /v1/suspects), and nobody has cleared it' })
  suspect: boolean;

  @ApiProperty({ description: 'Verification requests answered about it (POST /v1/verifications)', example: 0 })
  verifications: number;
}
