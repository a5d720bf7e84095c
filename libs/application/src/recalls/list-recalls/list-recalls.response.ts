import { PickType } from '@nestjs/swagger';
import { RecallResponse } from '../get-recall/get-recall.response';

/** A recall in a list: its own fields as GET /v1/recalls/{recallId} answers them; its progress is that route's. */
export class RecallSummaryResponse extends PickType(RecallResponse, [
  'recallId',
  'lotIds',
  'units',
  'reason',
  'severity',
  'recalledAt',
  'state',
  'closedAt',
  'forced',
  'closeReason',
] as const) {}
