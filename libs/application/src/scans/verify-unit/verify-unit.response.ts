import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { UnitResponse } from '../../shared/unit-view';
import { VERIFICATION_INFO, VERIFICATION_REASONS } from '../verification';

/** A verification's answer, with the DSCSA Verification Router Service's meanings. */
export class VerificationResponse {
  @ApiProperty({ description: 'The product identifier names a unit that was issued, with that lot and expiry' })
  verified: boolean;

  @ApiPropertyOptional({ enum: VERIFICATION_REASONS, description: 'Why not, when not verified' })
  reason?: string;

  @ApiProperty({ enum: VERIFICATION_INFO, isArray: true, description: 'For a verified unit: what else a dispenser must know' })
  additionalInfo: string[];

  @ApiPropertyOptional({ type: UnitResponse, description: 'The unit, when it was issued' })
  unit?: UnitResponse;

  @ApiProperty({ description: 'Position of the recorded request and answer in the log', example: 1042 })
  position: number;
}
