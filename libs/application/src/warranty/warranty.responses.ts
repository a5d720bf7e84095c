import { ApiProperty, PickType } from '@nestjs/swagger';
import { ClaimResponse } from './claim-view';
import { WARRANTY_STATUSES, WarrantyStatus } from '@trace/domain';

export class WarrantyExtensionResponse {
  @ApiProperty({ example: 12 })
  months: number;

  @ApiProperty({ example: 'service plan SP-3' })
  reason: string;

  @ApiProperty({ description: 'Its end after this extension' })
  endsAt: string;
}

/** A claim as a unit's warranty lists it: its own fields as GET /v1/warranty-claims/{claimId} answers them. */
export class UnitClaimResponse extends PickType(ClaimResponse, ['claimId', 'state', 'customer', 'problem', 'goodwill', 'filedAt'] as const) {}

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
