import { ApiProperty } from '@nestjs/swagger';
import { ChangedResponse } from '../shared/responses';

/** A claim's write: the claim, and where it landed on the unit's stream. */
export class ClaimChangedResponse extends ChangedResponse {
  @ApiProperty({ example: 'WC-1001' })
  claimId: string;
}
