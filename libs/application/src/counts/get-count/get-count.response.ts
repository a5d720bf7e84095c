import { ApiProperty } from '@nestjs/swagger';
import { nullableRef } from '../../shared/responses';

export const COUNT_STATES = ['open', 'closed', 'reconciled'] as const;

export class CountLotResponse {
  @ApiProperty({ example: 'FLOUR-2026-11' })
  lotId: string;

  @ApiProperty({
    type: Number,
    nullable: true,
    example: 40,
    description: 'What the record held at the location when the lot was counted (or at close); null while hidden',
  })
  expected: number | null;

  @ApiProperty({ example: 38.5 })
  counted: number;

  @ApiProperty({ type: Number, nullable: true, example: -1.5, description: 'counted − expected: a shortfall is negative' })
  difference: number | null;
}

const counter = (description: string) =>
  ApiProperty({ type: Number, nullable: true, description: `${description}; null while hidden (a blind count, open, to non-admins)` });

/** The numbers of a count's report: while open, as if it closed now; once closed, as judged at the close. */
export class CountCountersResponse {
  @counter('Units the record placed at the location when the count opened')
  expected: number | null;

  @counter('matched + unexpected')
  counted: number | null;

  @counter('Counted while the record placed them at the location')
  matched: number | null;

  @counter('Expected, then moved, sold or shipped away before being counted: not missing')
  left: number | null;

  @counter('At the location by the record at close, never counted')
  missing: number | null;

  @counter('Counted while the record placed them elsewhere, or while missing')
  unexpected: number | null;

  @counter('Codes and identifiers of no issued serial')
  unknown: number | null;

  @counter('Repeated countings of a unit')
  duplicates: number | null;

  @ApiProperty({ type: [CountLotResponse], description: 'Every lot expected or counted: the record against the counting' })
  lots: CountLotResponse[];
}

export class CountReconciliationResponse {
  @ApiProperty({ example: { missing: 'mark-missing', unexpected: 'move-here', lots: 'adjust' } })
  choices: { missing: string; unexpected: string; lots: string };

  @ApiProperty({ example: 3 })
  markedMissing: number;

  @ApiProperty({ example: 2 })
  moved: number;

  @ApiProperty({ example: 1 })
  found: number;

  @ApiProperty({ example: 1 })
  adjustedLots: number;

  @ApiProperty({
    example: [{ unit: { sku: 'PUMP-200', serial: 'SN-9' }, rule: 'receive-before-use', message: 'unit PUMP-200/SN-9 is in transit' }],
    description: 'Corrections not made, each with the rule that refused it',
  })
  skipped: Array<{ unit?: { sku: string; serial: string }; lotId?: string; rule: string; message: string }>;
}

export class CountReportResponse extends CountCountersResponse {
  @ApiProperty({ example: 'CC-2026-12-WH-A' })
  countId: string;

  @ApiProperty({ enum: COUNT_STATES })
  state: (typeof COUNT_STATES)[number];

  @ApiProperty({ example: 'WH-A' })
  location: string;

  @ApiProperty()
  includeSublocations: boolean;

  @ApiProperty()
  blind: boolean;

  @ApiProperty({ example: '2026-12-07T08:00:00.000Z' })
  openedAt: string;

  @ApiProperty({ type: String, nullable: true })
  closedAt: string | null;

  @ApiProperty({ type: String, nullable: true })
  reconciledAt: string | null;

  @ApiProperty({ example: 1200, description: 'Units expected when it opened (shown to everyone, as the open answered it)' })
  expectedUnits: number;

  @ApiProperty({ example: 3 })
  expectedLots: number;

  @ApiProperty({ ...nullableRef(CountReconciliationResponse), description: 'What the reconciliation did; null before it' })
  reconciliation: CountReconciliationResponse | null;
}

/** The close's answer: the report as judged, and where the close stands in the log. */
export class CountClosedResponse extends CountCountersResponse {
  @ApiProperty({ example: 'CC-2026-12-WH-A' })
  countId: string;

  @ApiProperty({ enum: ['closed'] })
  state: 'closed';

  @ApiProperty({ description: "Revision of the count's stream after it", example: 3 })
  revision: number;

  @ApiProperty({ description: 'Position of its last event in the whole log', example: 1042 })
  position: number;
}
