import { Controller, Get, HttpStatus, Inject, Req, Res, ServiceUnavailableException } from '@nestjs/common';
import { HealthCheck, HealthCheckService, HealthIndicatorService } from '@nestjs/terminus';
import { ApiExtraModels, ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags, getSchemaPath } from '@nestjs/swagger';
import { principalOf } from '@trace/http';
import { APP_CONFIG, AppConfig, CLOCK, Clock, READ_MODELS_CHECKPOINT } from '@trace/config';
import { EVENT_STORE, EventStore } from '@trace/event-store';
import { followersModel, Heartbeat } from '@trace/projector';
import { pageDocuments, READ_STORE, ReadStore } from '@trace/read-store';
import { Request, Response } from 'express';
import { RECALL_REACTOR_CHECKPOINT } from '../recalls/reactor/recall-reactor.module';
import { HealthResponse, HealthStatusResponse, ProjectorHealthResponse, StoreHealthResponse } from './health.response';
import { Open } from '../access/route-access';

/** Longest wait for a store's answer: an unreachable store must make the check fail, not hang. */
const PROBE_TIMEOUT_MS = 3_000;

/** The store's answer, or the reason it gave none within PROBE_TIMEOUT_MS. */
async function probe<T>(read: () => Promise<T>): Promise<PromiseSettledResult<T>> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${PROBE_TIMEOUT_MS} ms`)), PROBE_TIMEOUT_MS);
  });
  try {
    return { status: 'fulfilled', value: (await Promise.race([read(), timeout])) as T };
  } catch (reason) {
    return { status: 'rejected', reason };
  } finally {
    clearTimeout(timer);
  }
}

const reason = (failed: PromiseRejectedResult) => (failed.reason instanceof Error ? failed.reason.message : String(failed.reason));

/** Terminus's report, whose type leaves `info` and `error` optional. */
type Report = Omit<HealthResponse, 'info' | 'error'> & Partial<Pick<HealthResponse, 'info' | 'error'>>;

/** The report as the answer: Terminus always fills `info` and `error` (the defaults never apply), so the fields go out as they came. */
const answer = ({ status, info = {}, error = {}, details }: Report): HealthResponse => ({ status, info, error, details });

/** The whole report to an authenticated caller, its status to anyone else. */
const SHOWN = { oneOf: [{ $ref: getSchemaPath(HealthResponse) }, { allOf: [{ $ref: getSchemaPath(HealthStatusResponse) }], not: { required: ['details'] } }] };

/** A follower is called stopped once this many heartbeats are missing. */
const MISSED_BEATS = 3;

type Beats = Map<string, Heartbeat>;

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly indicators: HealthIndicatorService,
    @Inject(EVENT_STORE) private readonly events: EventStore,
    @Inject(READ_STORE) private readonly reads: ReadStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get()
  @Open()
  // Terminus's own description of the answer is a generic one: the answers are described below instead.
  @HealthCheck({ noCache: true, swaggerDocumentation: false })
  @ApiOperation({
    summary: 'Reachability of both stores and how far the read models lag behind the log',
    description:
      '`eventStore.position` is the newest position of the log, `readStore.position` the position the read models include; ' +
      '`projector.lag` is their difference, in log positions (events with SQLite, bytes of log with EventStoreDB). The projector and ' +
      'the recall reactor write a heartbeat every HEARTBEAT_SECONDS: each is `down` when none came for three intervals (stopped or hung), ' +
      'or while its last attempt failed. 503 when anything is down. Open to load balancers: without credentials the answer is its `status` only.',
  })
  @ApiExtraModels(HealthResponse, HealthStatusResponse)
  @ApiOkResponse({ schema: SHOWN, description: 'Both stores answer, and the projector and the recall reactor are alive' })
  @ApiServiceUnavailableResponse({ schema: SHOWN, description: 'Something is down (`error` says what and why), or the service is shutting down' })
  async check(@Req() request: Request, @Res({ passthrough: true }) response: Response): Promise<HealthResponse | HealthStatusResponse> {
    const report = await this.report(response);
    // Store details are for those who run the service, not for whoever reaches the port.
    return principalOf(request) ? report : { status: report.status };
  }

  private async report(response: Response): Promise<HealthResponse> {
    const [head, applied, beats] = await Promise.all([
      probe(() => this.events.headPosition()),
      probe(() => this.reads.checkpoint(READ_MODELS_CHECKPOINT)),
      probe(() => this.heartbeats()),
    ]);
    try {
      return answer(
        await this.health.check([
          () => this.reachable('eventStore', head),
          () => this.reachable('readStore', applied),
          () => this.projector(head, applied, beats),
          () => this.follower('recallReactor', RECALL_REACTOR_CHECKPOINT, beats, {}),
        ]),
      );
    } catch (error) {
      if (!(error instanceof ServiceUnavailableException)) throw error;
      // Terminus answers 503 by throwing its report; it goes out as it is, not reshaped by the error filter.
      response.status(HttpStatus.SERVICE_UNAVAILABLE);
      return error.getResponse() as HealthResponse;
    }
  }

  private reachable<Key extends 'eventStore' | 'readStore'>(key: Key, position: PromiseSettledResult<number>): Record<Key, StoreHealthResponse> {
    const indicator = this.indicators.check(key);
    return position.status === 'fulfilled' ? indicator.up({ position: position.value }) : indicator.down({ message: reason(position) });
  }

  private projector(
    head: PromiseSettledResult<number>,
    applied: PromiseSettledResult<number>,
    beats: PromiseSettledResult<Beats>,
  ): Record<'projector', ProjectorHealthResponse> {
    if (head.status === 'rejected' || applied.status === 'rejected')
      return this.indicators.check('projector').down({ message: 'unknown while a store is unreachable' });
    return this.follower('projector', READ_MODELS_CHECKPOINT, beats, { lag: Math.max(0, head.value - applied.value) });
  }

  /** Alive (a recent heartbeat, no failure), stopped (no heartbeat for three intervals) or failing (retrying with backoff). */
  private follower<Key extends string>(
    key: Key,
    name: string,
    beats: PromiseSettledResult<Beats>,
    details: { lag?: number },
  ): Record<Key, ProjectorHealthResponse> {
    const indicator = this.indicators.check(key);
    if (beats.status === 'rejected') return indicator.down({ ...details, message: 'unknown while a store is unreachable' });
    const beat = beats.value.get(name);
    if (!beat) return indicator.down({ ...details, message: `no ${key} has reported yet: start one (npm start, or npm run start:projector)` });
    const seen = { ...details, beatAt: beat.beatAt, process: beat.process };
    const silence = this.clock().getTime() - Date.parse(beat.beatAt);
    if (silence > MISSED_BEATS * this.config.heartbeatMs)
      return indicator.down({ ...seen, message: `no heartbeat for ${Math.round(silence / 1000)} s: stopped or hung` });
    if (beat.failing) return indicator.down({ ...seen, message: `failing, retrying: ${beat.failing}` });
    return indicator.up(seen);
  }

  private async heartbeats(): Promise<Beats> {
    await this.reads.register([followersModel]);
    // By name: every subscription's deliveries beat too, and must not crowd these two out of a page.
    const names = [READ_MODELS_CHECKPOINT, RECALL_REACTOR_CHECKPOINT];
    const beats = await pageDocuments(this.reads, followersModel, { name: names }, names.length);
    return new Map(beats.map((beat) => [beat.name, beat]));
  }
}
