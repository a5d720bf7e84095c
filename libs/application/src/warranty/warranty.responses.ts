import { ApiProperty } from '@nestjs/swagger';
import { CLAIM_STATES, ClaimState, WARRANTY_STATUSES, WarrantyStatus } from '@trace/domain';

export class WarrantyExtensionResponse {
  @ApiProperty({ example: 12 })
  months: number;

  @ApiProperty({ example: 'service plan SP-3' })
  reason: string;

  @ApiProperty({ description: 'Its end after this extension' })
  endsAt: string;
}

/** A claim as a unit's warranty lists it. */
export class UnitClaimResponse {
  @ApiProperty({ example: 'WC-1001' })
  claimId: string;

  @ApiProperty({ enum: CLAIM_STATES })
  state: ClaimState;

  @ApiProperty({ example: 'ACME' })
  customer: string;

  @ApiProperty({ example: 'does not start' })
  problem: string;

  @ApiProperty()
  goodwill: boolean;

  @ApiProperty({ description: 'When the claim was made' })
  filedAt: string;
}

export class WarrantyResponse {
  @ApiProperty({ example: 'PUMP-200' })
  sku: string;

  @ApiProperty({ example: 'SN-000123' })
  serial: string;

  @ApiProperty({ enum: WARRANTY_STATUSES, description: 'At `asOf`, or now: none before it starts or for a product without terms' })
  status: WarrantyStatus;

  @ApiProperty({
    type: String,
    nullable: true,
    enum: ['sale', 'manufacture', 'replacement'],
    description: "What it started from (the product's terms before it started; null without terms)",
  })
  basis: string | null;

  @ApiProperty({ type: String, nullable: true })
  startsAt: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'Exclusive: active while t < endsAt; extensions included' })
  endsAt: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'Why it was voided; null unless void' })
  voidReason: string | null;

  @ApiProperty({ type: [WarrantyExtensionResponse] })
  extensions: WarrantyExtensionResponse[];

  @ApiProperty({ type: [UnitClaimResponse] })
  claims: UnitClaimResponse[];
}
