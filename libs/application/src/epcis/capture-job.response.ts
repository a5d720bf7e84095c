import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CAPTURE_ERROR_BEHAVIOURS, CaptureErrorBehaviour } from '@trace/domain';

export class CaptureErrorResponse {
  @ApiProperty({ description: 'Index of the event in the document’s eventList', example: 3 })
  eventIndex: number;

  @ApiPropertyOptional({ description: 'Its eventID, or the CBV 2.0 canonical hash it is known by', example: 'urn:uuid:6d8f…' })
  eventID?: string;

  @ApiPropertyOptional({ description: 'The domain rule that refused it', example: 'quarantined' })
  rule?: string;

  @ApiProperty({ example: 'unit 09506000134352/SN-1 is quarantined by recall R-1' })
  message: string;
}

/** A capture job (the REST binding's resource), with what it applied. */
export class CaptureJobResponse {
  @ApiProperty({ format: 'uuid' })
  captureID: string;

  @ApiProperty({ description: 'Always false: a document is processed before its 202 answer' })
  running: boolean;

  @ApiProperty()
  success: boolean;

  @ApiProperty({ enum: CAPTURE_ERROR_BEHAVIOURS })
  captureErrorBehaviour: CaptureErrorBehaviour;

  @ApiProperty({ description: 'Events in the document' })
  events: number;

  @ApiProperty({ description: 'Events captured by this job (0 under rollback when any failed; re-sent events are not counted)' })
  applied: number;

  @ApiProperty({ type: [CaptureErrorResponse] })
  errors: CaptureErrorResponse[];

  @ApiProperty({ description: 'Log position of the job’s write: send it as X-Min-Position to read what it changed' })
  position: number;
}
