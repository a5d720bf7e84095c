import { ApiProperty, PickType } from '@nestjs/swagger';
import { CountReportResponse } from '../get-count/get-count.response';

/** A count in a list: what GET /v1/counts/{countId} answers, without the lots; an open count's numbers are null (that route judges its progress). */
export class CountSummaryResponse extends PickType(CountReportResponse, [
  'countId',
  'state',
  'location',
  'includeSublocations',
  'blind',
  'openedAt',
  'closedAt',
  'reconciledAt',
  'expectedUnits',
  'expectedLots',
  'expected',
  'counted',
  'matched',
  'left',
  'missing',
  'unexpected',
  'unknown',
  'duplicates',
] as const) {
  @ApiProperty({ example: 1180, description: 'Units counted so far (once each)' })
  scannedUnits: number;
}
