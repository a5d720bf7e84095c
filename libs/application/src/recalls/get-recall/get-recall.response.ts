import { ApiProperty, ApiPropertyOptions } from '@nestjs/swagger';
import { RECALL_SEVERITIES, RecallSeverity, UnitRef } from '@trace/domain';
import { UnitRefResponse } from '../../shared/responses';
import { RecallLotResponse } from '../list-recall-lots/list-recall-lots.response';

export const RECALL_STATES = ['open', 'closed'] as const;

/** A breakdown of the affected units: how many per value of a field, `null` naming those without one. */
const breakdown = (description: string, example: Record<string, number>): ApiPropertyOptions => ({
  description,
  type: 'object',
  additionalProperties: { type: 'integer' },
  example,
});

/** A recall and its progress; breakdowns cover every affected unit where it is now. */
export class RecallResponse {
  @ApiProperty({ example: 'RC-2026-017' })
  recallId: string;

  @ApiProperty({ type: [String], example: ['LOT-7'], description: 'Recalled lots' })
  lotIds: string[];

  @ApiProperty({ type: [UnitRefResponse], description: 'Recalled units' })
  units: UnitRef[];

  @ApiProperty({ example: 'seal material out of specification' })
  reason: string;

  @ApiProperty({ enum: RECALL_SEVERITIES })
  severity: RecallSeverity;

  @ApiProperty({ description: 'When the recall was opened' })
  recalledAt: string;

  @ApiProperty({ enum: RECALL_STATES })
  state: (typeof RECALL_STATES)[number];

  @ApiProperty({ type: String, nullable: true, description: 'When it was closed; null while open' })
  closedAt: string | null;

  @ApiProperty({ type: Boolean, nullable: true, description: 'Closed with units still outstanding; null while open' })
  forced: boolean | null;

  @ApiProperty({ type: String, nullable: true, description: 'Why it was closed, when forced' })
  closeReason: string | null;

  @ApiProperty({ type: 'integer', description: 'Units the recall affects, at any depth of assembly', example: 6 })
  affected: number;

  @ApiProperty({
    type: 'integer',
    description: 'Affected units whose hold is recorded in their history: from then on a sale, shipment or install is refused',
    example: 6,
  })
  quarantined: number;

  @ApiProperty({ type: 'integer', example: 5 })
  outstanding: number;

  @ApiProperty({ type: 'integer', example: 1 })
  resolved: number;

  @ApiProperty(breakdown('Resolved units per action', { destroyed: 1 }))
  byAction: Record<string, number>;

  @ApiProperty(breakdown('Units per status', { sold: 5, in_stock: 1 }))
  byStatus: Record<string, number>;

  @ApiProperty(breakdown('Units per location', { 'WH-A': 1, null: 5 }))
  byLocation: Record<string, number>;

  @ApiProperty(breakdown('Units per custodian (null: the company itself)', { ACME: 5, null: 1 }))
  byCustodian: Record<string, number>;

  @ApiProperty(breakdown('Units per customer (null: not sold)', { ACME: 5, null: 1 }))
  byCustomer: Record<string, number>;

  @ApiProperty(breakdown('Units per container they are packed in (null: not packed): which cases and pallets to pull', { 'CASE-2': 1, null: 5 }))
  byContainer: Record<string, number>;

  @ApiProperty({ type: 'integer', description: 'Lots the recall holds: recalled, and made from one at any depth', example: 3 })
  affectedLots: number;

  @ApiProperty({ type: 'integer', example: 2 })
  outstandingLots: number;

  @ApiProperty({
    type: [RecallLotResponse],
    description: 'The first 100 of those lots (by lot id) with their quantities by location, in transit and with each customer',
  })
  lots: RecallLotResponse[];

  @ApiProperty({ type: String, nullable: true, description: 'Cursor of the next lots for GET /v1/recalls/{recallId}/lots; null when all are shown' })
  moreLots: string | null;
}
