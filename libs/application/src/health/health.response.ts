import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';

/** Whether an indicator is up; Terminus writes it after the indicator's other fields. */
const INDICATOR_STATUSES = ['up', 'down'] as const;

/** ok: every indicator is up (200); error: one is down (503); shutting_down: the service is stopping (503). */
const HEALTH_STATUSES = ['ok', 'error', 'shutting_down'] as const;

/** A store: the log position it answered with, or why it did not answer. */
export class StoreHealthResponse {
  @ApiPropertyOptional({ description: 'When up: newest log position (event store) or the position the read models include (read store)', example: 1042 })
  position?: number;

  @ApiPropertyOptional({ description: 'When down: why the store gave no answer', example: 'no answer within 3000 ms' })
  message?: string;

  @ApiProperty({ enum: INDICATOR_STATUSES })
  status: (typeof INDICATOR_STATUSES)[number];
}

/** A follower of the log (the recall reactor): its last heartbeat, and why it is down if it is. */
export class FollowerHealthResponse {
  @ApiPropertyOptional({
    description: 'When its last heartbeat came; absent if none came or the read store is unreachable',
    example: '2026-11-02T09:30:00.000Z',
  })
  beatAt?: string;

  @ApiPropertyOptional({ description: 'Host and process id that sent the last heartbeat', example: 'api-7f9c:4242' })
  process?: string;

  @ApiPropertyOptional({
    description: 'When down: no heartbeat yet, none for three intervals (stopped or hung), failing (retrying), or unknown while a store is unreachable',
    example: 'no heartbeat for 31 s: stopped or hung',
  })
  message?: string;

  @ApiProperty({ enum: INDICATOR_STATUSES })
  status: (typeof INDICATOR_STATUSES)[number];
}

/** The read-model projector: a follower, with how far the read models lag behind the log. */
export class ProjectorHealthResponse extends FollowerHealthResponse {
  @ApiPropertyOptional({
    description: 'Log positions the read models lag behind the log (events with SQLite, bytes of log with EventStoreDB); absent while a store is unreachable',
    example: 0,
  })
  lag?: number;
}

/** Every indicator. */
export class HealthIndicatorsResponse {
  @ApiProperty({ type: StoreHealthResponse })
  eventStore: StoreHealthResponse;

  @ApiProperty({ type: StoreHealthResponse })
  readStore: StoreHealthResponse;

  @ApiProperty({ type: ProjectorHealthResponse })
  projector: ProjectorHealthResponse;

  @ApiProperty({ type: FollowerHealthResponse })
  recallReactor: FollowerHealthResponse;
}

/** Some of the indicators: those up, or those down. */
export class SomeHealthIndicatorsResponse extends PartialType(HealthIndicatorsResponse) {}

/** Whether the service is healthy: all a caller without credentials is shown. */
export class HealthStatusResponse {
  @ApiProperty({
    enum: HEALTH_STATUSES,
    description: 'ok (200) when every indicator is up; error when one is down, shutting_down while the service stops (503)',
  })
  status: (typeof HEALTH_STATUSES)[number];
}

/** The Terminus health report, the same body for 200 and 503, shown to an authenticated caller. */
export class HealthResponse extends HealthStatusResponse {
  @ApiProperty({ type: SomeHealthIndicatorsResponse, description: 'The indicators that are up' })
  info: SomeHealthIndicatorsResponse;

  @ApiProperty({ type: SomeHealthIndicatorsResponse, description: 'The indicators that are down' })
  error: SomeHealthIndicatorsResponse;

  @ApiProperty({ type: HealthIndicatorsResponse, description: 'Every indicator' })
  details: HealthIndicatorsResponse;
}
