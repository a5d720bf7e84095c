import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** Who issued the command that recorded an event, and how it correlates with other work. */
export class EventMetadataResponse {
  @ApiProperty({ description: 'The command that recorded the event' })
  commandId: string;

  @ApiProperty({ description: 'X-Correlation-Id of the command, or its command id', example: 'order-981' })
  correlationId: string;

  @ApiProperty({ description: 'X-Causation-Id of the command, or its command id', example: 'pick-55' })
  causationId: string;

  @ApiProperty({
    description: "The authenticated principal that sent the command (a key name, a token subject, or one of the service's own writers)",
    example: 'scanner-17',
  })
  actor: string;

  @ApiPropertyOptional({ description: 'X-On-Behalf-Of of the command: the person a gateway acted for', example: 'badge-4711' })
  onBehalfOf?: string;

  @ApiProperty({ description: 'Version of the event data schema', example: 1 })
  schemaVersion: number;
}

/** One event of a unit's stream, as recorded in the log. */
export class UnitHistoryEventResponse {
  @ApiProperty({ example: 'UnitMoved' })
  type: string;

  @ApiProperty({ description: 'When it happened in the world', example: '2026-11-02T08:00:00.000Z' })
  occurredAt: string;

  @ApiProperty({ description: 'When the log recorded it', example: '2026-11-02T08:00:01.234Z' })
  recordedAt: string;

  @ApiProperty({ description: 'Position in the whole log', example: 1042 })
  position: number;

  @ApiProperty({ description: "Revision of the unit's stream: 0 for its first event", example: 1 })
  revision: number;

  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: "The event's own fields, by type",
    example: { sku: 'PUMP-200', serial: 'SN-000123', from: 'WH-A', to: 'WH-B', reason: 'rebalance' },
  })
  data: Record<string, unknown>;

  @ApiProperty({ type: EventMetadataResponse })
  metadata: EventMetadataResponse;
}

export class UnitHistoryResponse {
  @ApiProperty({ type: [UnitHistoryEventResponse], description: 'Every event of the unit, in order' })
  items: UnitHistoryEventResponse[];
}
