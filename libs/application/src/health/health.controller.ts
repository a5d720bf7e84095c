import { Controller, Get, HttpStatus, Inject, Res, ServiceUnavailableException } from '@nestjs/common';
import { HealthCheck, HealthCheckResult, HealthCheckService, HealthIndicatorResult, HealthIndicatorService } from '@nestjs/terminus';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { READ_MODELS_CHECKPOINT } from '@trace/config';
import { EVENT_STORE, EventStore } from '@trace/event-store';
import { READ_STORE, ReadStore } from '@trace/read-store';
import { Response } from 'express';

/** Longest wait for a store's answer: an unreachable store must make the check fail, not hang. */
const PROBE_TIMEOUT_MS = 3_000;

/** The store's answer, or the reason it gave none within PROBE_TIMEOUT_MS. */
async function probe(read: () => Promise<number>): Promise<PromiseSettledResult<number>> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${PROBE_TIMEOUT_MS} ms`)), PROBE_TIMEOUT_MS);
  });
  try {
    return { status: 'fulfilled', value: await Promise.race([read(), timeout]) };
  } catch (reason) {
    return { status: 'rejected', reason };
  } finally {
    clearTimeout(timer);
  }
}

const reason = (failed: PromiseRejectedResult) => (failed.reason instanceof Error ? failed.reason.message : String(failed.reason));

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly indicators: HealthIndicatorService,
    @Inject(EVENT_STORE) private readonly events: EventStore,
    @Inject(READ_STORE) private readonly reads: ReadStore,
  ) {}

  @Get()
  @HealthCheck()
  @ApiOperation({
    summary: 'Reachability of both stores and how far the read models lag behind the log',
    description:
      '`eventStore.position` is the newest position of the log, `readStore.position` the position the read models include; ' +
      '`projector.lag` is their difference, in log positions (events with SQLite, bytes of log with EventStoreDB). 503 when a store is unreachable.',
  })
  async check(@Res({ passthrough: true }) response: Response): Promise<HealthCheckResult> {
    const [head, applied] = await Promise.all([probe(() => this.events.headPosition()), probe(() => this.reads.checkpoint(READ_MODELS_CHECKPOINT))]);
    try {
      return await this.health.check([() => this.reachable('eventStore', head), () => this.reachable('readStore', applied), () => this.lag(head, applied)]);
    } catch (error) {
      if (!(error instanceof ServiceUnavailableException)) throw error;
      // Terminus answers 503 by throwing its report; it goes out as it is, not reshaped by the error filter.
      response.status(HttpStatus.SERVICE_UNAVAILABLE);
      return error.getResponse() as HealthCheckResult;
    }
  }

  private reachable(key: 'eventStore' | 'readStore', position: PromiseSettledResult<number>): HealthIndicatorResult {
    const indicator = this.indicators.check(key);
    return position.status === 'fulfilled' ? indicator.up({ position: position.value }) : indicator.down({ message: reason(position) });
  }

  private lag(head: PromiseSettledResult<number>, applied: PromiseSettledResult<number>): HealthIndicatorResult {
    const indicator = this.indicators.check('projector');
    if (head.status === 'rejected' || applied.status === 'rejected') return indicator.down({ message: 'unknown while a store is unreachable' });
    return indicator.up({ lag: Math.max(0, head.value - applied.value) });
  }
}
