import { ApiProperty } from '@nestjs/swagger';

export const CLAIM_RATE_GROUPINGS = ['lot', 'component-lot'] as const;
export type ClaimRateGrouping = (typeof CLAIM_RATE_GROUPINGS)[number];

const RATE = {
  type: Number,
  nullable: true,
  description: 'Claims per unit sold; null when no unit was sold (there is no rate to compare)',
  example: 0.031,
};

/** The SKU as a whole: what each lot's rate is compared with. */
export class ClaimRateBaselineResponse {
  @ApiProperty({ description: 'Every claim filed on a unit of the SKU, goodwill included', example: 310 })
  claims: number;

  @ApiProperty({ description: 'Units of the SKU sold at least once by a sale (a unit given as a replacement is not)', example: 10000 })
  sold: number;

  @ApiProperty(RATE)
  rate: number | null;
}

/** One lot's claims against the units sold from it (or, by component lot, the units sold that contain it). */
export class ClaimRateItemResponse {
  @ApiProperty({ example: 'CELL-LOT-7' })
  lotId: string;

  @ApiProperty({
    description:
      'Claims filed on units of the SKU from the lot (by component lot: on units containing it, each claim once however many times the unit contains it)',
    example: 28,
  })
  claims: number;

  @ApiProperty({ description: 'Units of the SKU sold from the lot (by component lot: sold units containing it)', example: 300 })
  sold: number;

  @ApiProperty(RATE)
  rate: number | null;

  @ApiProperty({ type: Number, nullable: true, description: 'rate / the baseline’s rate; null when either is null or the baseline’s is 0', example: 3.01 })
  ratio: number | null;
}

/** Lots ranked by claims per unit sold, highest first. */
export class ClaimRatesResponse {
  @ApiProperty({ example: 'PACK-48V' })
  sku: string;

  @ApiProperty({ enum: CLAIM_RATE_GROUPINGS, example: 'component-lot' })
  by: ClaimRateGrouping;

  @ApiProperty({ type: ClaimRateBaselineResponse })
  baseline: ClaimRateBaselineResponse;

  @ApiProperty({
    type: [ClaimRateItemResponse],
    description: 'By rate, highest first, lots without a rate last, then by lot id',
  })
  items: ClaimRateItemResponse[];
}
