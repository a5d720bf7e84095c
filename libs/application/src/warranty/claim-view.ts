import { ApiProperty } from '@nestjs/swagger';
import { CLAIM_ACTIONS, CLAIM_STATES, ClaimAction, ClaimState } from '@trace/domain';
import { ClaimDocument } from '@trace/projections';
import { nullableRef, UnitRefResponse } from '../shared/responses';

export class ClaimResponse {
  @ApiProperty({ example: 'WC-1001' })
  claimId: string;

  @ApiProperty({ type: UnitRefResponse })
  unit: UnitRefResponse;

  @ApiProperty({ type: String, nullable: true })
  lotId: string | null;

  @ApiProperty({ example: 'ACME' })
  customer: string;

  @ApiProperty({ example: 'does not start' })
  problem: string;

  @ApiProperty()
  goodwill: boolean;

  @ApiProperty({ type: String, nullable: true, description: 'Why a goodwill claim was accepted' })
  goodwillReason: string | null;

  @ApiProperty({ enum: CLAIM_STATES })
  state: ClaimState;

  @ApiProperty({ description: 'When the claim was made' })
  filedAt: string;

  @ApiProperty({ type: String, nullable: true })
  decidedAt: string | null;

  @ApiProperty({ type: String, nullable: true })
  decisionReason: string | null;

  @ApiProperty({ type: String, nullable: true })
  resolvedAt: string | null;

  @ApiProperty({ type: String, nullable: true, enum: [...CLAIM_ACTIONS, null] })
  action: ClaimAction | null;

  @ApiProperty({ type: String, nullable: true })
  note: string | null;

  @ApiProperty({ ...nullableRef(UnitRefResponse), description: 'The unit given in its place' })
  replacement: UnitRefResponse | null;

  @ApiProperty({ type: String, nullable: true, description: 'Where a replaced unit came back to' })
  returnedTo: string | null;
}

export const claimView = (claim: ClaimDocument): ClaimResponse => ({
  claimId: claim.claimId,
  unit: { sku: claim.sku, serial: claim.serial },
  lotId: claim.lotId,
  customer: claim.customer,
  problem: claim.problem,
  goodwill: claim.goodwill === 1,
  goodwillReason: claim.goodwillReason,
  state: claim.state,
  filedAt: claim.filedAt,
  decidedAt: claim.decidedAt,
  decisionReason: claim.decisionReason,
  resolvedAt: claim.resolvedAt,
  action: claim.action,
  note: claim.note,
  replacement: claim.replacementSku === null || claim.replacementSerial === null ? null : { sku: claim.replacementSku, serial: claim.replacementSerial },
  returnedTo: claim.returnedTo,
});
